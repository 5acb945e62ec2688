export type Option = { value: string; label: string; note?: string };
export type FieldSpec = {
  name: string;
  label: string;
  type?: 'text' | 'password' | 'tel' | 'email' | 'number' | 'select' | 'textarea' | 'checkbox' | 'radio' | 'hidden' | 'date';
  options?: Option[];
  groups?: { label: string; options: Option[] }[];
  placeholder?: string;
  placeholderText?: string;
  hint?: string;
  required?: boolean;
  autoComplete?: string;
  inputMode?: 'numeric' | 'tel' | 'text' | 'email' | 'decimal';
  defaultValue?: string;
  maxLength?: number;
  rows?: number;
  optionalLabel?: string;
};

export type FormState = {
  status: 'idle' | 'error' | 'done';
  message?: string;
  /** A way onward from an error, e.g. the emergency already reported from this device. */
  errorLink?: { href: string; label: string };
  fields?: Record<string, string>;
  values?: Record<string, string>;
  done?: {
    title: string;
    text?: string;
    items?: { label: string; value: string; big?: boolean; testId?: string }[];
    warning?: string;
    link?: { href: string; label: string };
  };
};
