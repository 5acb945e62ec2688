/* eslint-disable */
import * as types from './graphql';



/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "\n  mutation Login($input: LoginInput!) {\n    login(input: $input) {\n      session {\n        ...SessionFields\n      }\n    }\n  }\n": typeof types.LoginDocument,
    "\n  mutation Register($input: RegisterCitizenInput!) {\n    registerCitizen(input: $input) {\n      session {\n        ...SessionFields\n      }\n    }\n  }\n": typeof types.RegisterDocument,
    "\n  mutation Logout($t: String!) {\n    logout(refreshToken: $t)\n  }\n": typeof types.LogoutDocument,
    "\n  query MyAccount {\n    me {\n      id\n      name\n      nik\n      phone\n      kelurahan {\n        id\n        name\n        kecamatan {\n          id\n          name\n        }\n      }\n    }\n  }\n": typeof types.MyAccountDocument,
    "\n  query FollowEmergency($code: String!) {\n    emergencyReport(trackingCode: $code) {\n      trackingCode\n      kind\n      status\n      createdAt\n      dispatchedAt\n      onSceneAt\n      closedAt\n      stationDistanceMetres\n      station {\n        id\n        name\n        address\n      }\n      unit {\n        id\n        callSign\n      }\n      kelurahan {\n        id\n        name\n      }\n      kecamatan {\n        id\n        name\n      }\n      timeline {\n        at\n        action\n        toStatus\n        actorKind\n        note\n        station {\n          id\n          name\n        }\n        unit {\n          id\n          callSign\n        }\n      }\n    }\n  }\n": typeof types.FollowEmergencyDocument,
    "\n  mutation SubmitJari($input: SubmitJariReportInput!) {\n    submitJariReport(input: $input) {\n      trackingCode\n      secret\n      report {\n        id\n        status\n        followUpDueAt\n      }\n    }\n  }\n": typeof types.SubmitJariDocument,
    "\n  query Check($code: String!, $secret: String!) {\n    jariReportByCode(code: $code, secret: $secret) {\n      id\n    }\n  }\n": typeof types.CheckDocument,
    "\n  mutation Reply($code: String!, $secret: String!, $message: String!) {\n    replyToJariReport(code: $code, secret: $secret, message: $message) {\n      id\n    }\n  }\n": typeof types.ReplyDocument,
    "\n  mutation ReplyMine($id: ID!, $message: String!) {\n    replyToMyJariReport(reportId: $id, message: $message) {\n      id\n    }\n  }\n": typeof types.ReplyMineDocument,
    "\n  fragment JariFollowFields on JariReport {\n    id\n    trackingCode\n    category\n    status\n    outcome\n    publicSummary\n    rejectionReason\n    receivedAt\n    followUpDueAt\n    overdue\n    anonymous\n    occurredAt\n    place\n    description\n    amountAskedRupiah\n    amountPaidRupiah\n    agency {\n      id\n      shortName\n    }\n    service {\n      id\n      name\n      nameEn\n    }\n    timeline {\n      at\n      kind\n      actorRole\n      toStatus\n      note\n    }\n    messages(first: 50) {\n      nodes {\n        id\n        at\n        author\n        body\n      }\n    }\n  }\n": typeof types.JariFollowFieldsFragmentDoc,
    "\n  query Follow($code: String!, $secret: String!) {\n    jariReportByCode(code: $code, secret: $secret) {\n      ...JariFollowFields\n    }\n  }\n": typeof types.FollowDocument,
    "\n  query Mine($id: ID!) {\n    jariReport(id: $id) {\n      ...JariFollowFields\n    }\n  }\n": typeof types.MineDocument,
    "\n  query JariChoices {\n    agencies {\n      id\n      name\n      nameEn\n      shortName\n      services {\n        id\n        name\n        nameEn\n      }\n    }\n  }\n": typeof types.JariChoicesDocument,
    "\n  mutation TakeQueueNumber($input: TakeQueueNumberInput!) {\n    takeQueueNumber(input: $input) {\n      appointment {\n        id\n        number\n      }\n    }\n  }\n": typeof types.TakeQueueNumberDocument,
    "\n  mutation CancelQueueNumber($id: ID!) {\n    cancelQueueNumber(id: $id) {\n      id\n      status\n    }\n  }\n": typeof types.CancelQueueNumberDocument,
    "\n  query Appointment($id: ID!) {\n    appointment(id: $id) {\n      id\n      bookingCode\n      number\n      payer\n      status\n      date\n      numbersAhead\n      estimatedServiceAt\n      facility {\n        id\n        name\n        address\n      }\n      service {\n        id\n        name\n      }\n      session {\n        label\n        nowServing\n        status\n        closedReason\n        startsAt\n      }\n      timeline {\n        at\n        toStatus\n        actorKind\n        note\n      }\n    }\n  }\n": typeof types.AppointmentDocument,
    "\n  query HealthFacility($id: ID!) {\n    healthFacility(id: $id) {\n      id\n      name\n      type\n      address\n      phone\n      openNow\n      osmOpeningHours\n      statusBoardIds\n      openingHours {\n        weekday\n        intervals\n      }\n      openingExceptions {\n        date\n        closed\n        hours\n        reason\n      }\n      services {\n        id\n        code\n        name\n        bookable\n        minutesPerPatient\n      }\n      queue {\n        service {\n          id\n          name\n          minutesPerPatient\n        }\n        nowServing\n        remaining\n        estimatedWaitMinutes\n        placesLeft\n        numbersAvailable\n        sessions {\n          id\n          label\n          startsAt\n          endsAt\n          status\n          closedReason\n          over\n          placesLeft\n        }\n      }\n    }\n  }\n": typeof types.HealthFacilityDocument,
    "\n  query FacilityNotice($id: ID!) {\n    servicePointStatus(id: $id) {\n      status\n      reason\n      service {\n        name\n      }\n    }\n  }\n": typeof types.FacilityNoticeDocument,
    "\n  query QueueDisplayData($id: ID!) {\n    healthQueue(serviceId: $id) {\n      nowServing\n      remaining\n      estimatedWaitMinutes\n      sessions {\n        nextNumber\n      }\n    }\n  }\n": typeof types.QueueDisplayDataDocument,
    "\n  query QueueDisplayPage($id: ID!) {\n    healthQueue(serviceId: $id) {\n      nowServing\n      remaining\n      estimatedWaitMinutes\n      sessions {\n        nextNumber\n      }\n      service {\n        name\n      }\n      facility {\n        id\n        name\n      }\n    }\n  }\n": typeof types.QueueDisplayPageDocument,
    "\n  query HealthFacilities($search: String, $type: HealthFacilityType, $kelurahanId: ID, $openNow: Boolean, $near: GeoPointInput) {\n    healthFacilities(search: $search, type: $type, kelurahanId: $kelurahanId, openNow: $openNow, near: $near, first: 100) {\n      totalCount\n      nodes {\n        id\n        name\n        type\n        address\n        phone\n        latitude\n        longitude\n        distanceMetres\n        openNow\n        osmOpeningHours\n        services {\n          code\n          name\n          bookable\n        }\n      }\n    }\n  }\n": typeof types.HealthFacilitiesDocument,
    "\n  query ServiceTitle($id: ID!) {\n    service(id: $id) {\n      name\n      nameEn\n    }\n  }\n": typeof types.ServiceTitleDocument,
    "\n  query Service($id: ID!) {\n    service(id: $id) {\n      id\n      name\n      nameEn\n      application\n      level\n      description\n      descriptionEn\n      requirements\n      requirementsEn\n      steps\n      stepsEn\n      timeLimitDays\n      timeLimitText\n      timeLimitTextEn\n      feeKind\n      feeRupiah\n      isFree\n      feeNote\n      feeNoteEn\n      feeLegalBasis\n      product\n      productEn\n      complaintChannel\n      complaintChannelEn\n      legalBasis\n      agency {\n        id\n        name\n        nameEn\n        shortName\n        address\n        addressEn\n        officePhone\n      }\n    }\n  }\n": typeof types.ServiceDocument,
    "\n  query Catalogue($search: String, $application: ServiceApplication, $after: String) {\n    services(first: 20, search: $search, application: $application, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        ...ServiceCardFields\n      }\n    }\n  }\n": typeof types.CatalogueDocument,
    "\n  query WhoOfficer {\n    currentOfficer {\n      id\n      name\n      username\n      role\n    }\n  }\n": typeof types.WhoOfficerDocument,
    "\n  query WhoCitizen {\n    me {\n      id\n      name\n    }\n  }\n": typeof types.WhoCitizenDocument,
    "\n  query HomeSearch($search: String) {\n    services(first: 8, search: $search) {\n      totalCount\n      nodes {\n        ...ServiceCardFields\n      }\n    }\n  }\n": typeof types.HomeSearchDocument,
    "\n  query HomeGreeting {\n    me {\n      id\n      name\n    }\n  }\n": typeof types.HomeGreetingDocument,
    "\n  query TaxBillLookup($nop: String!, $year: Int) {\n    taxBill(nop: $nop, year: $year) {\n      nop {\n        digits\n        formatted\n        province\n        city\n        kecamatanCode\n        kelurahanCode\n        block\n        number\n        special\n        kelurahan {\n          id\n          name\n        }\n        kecamatan {\n          id\n          name\n        }\n      }\n      year\n      years\n      ownerNameMasked\n      landArea\n      buildingArea\n      njop\n      amount\n      dueDate\n      today {\n        ...BillTodayFields\n      }\n    }\n  }\n": typeof types.TaxBillLookupDocument,
    "\n  query MyTaxes {\n    me {\n      id\n      taxObjects(first: 20) {\n        totalCount\n        nodes {\n          id\n          address\n          ownerName\n          landArea\n          buildingArea\n          nop {\n            digits\n            formatted\n            kelurahan {\n              id\n              name\n            }\n            kecamatan {\n              id\n              name\n            }\n          }\n          bills(first: 6) {\n            nodes {\n              id\n              year\n              njop\n              amount\n              dueDate\n              today {\n                ...BillTodayFields\n              }\n              payments(first: 5) {\n                nodes {\n                  id\n                  amount\n                  paidAt\n                  reference\n                  channel {\n                    id\n                    name\n                  }\n                }\n              }\n            }\n          }\n        }\n      }\n    }\n  }\n": typeof types.MyTaxesDocument,
    "\n  query MyApiKeys {\n    myApiKeys {\n      id\n      prefix\n      holder\n      quotaPerMinute\n      quotaPerDay\n      allowedOrigins\n      createdAt\n      revokedAt\n      usage(days: 30) {\n        day\n        calls\n        rejected\n      }\n    }\n  }\n": typeof types.MyApiKeysDocument,
    "\n  mutation Reassign($input: ReassignEmergencyInput!) {\n    reassignEmergency(input: $input) {\n      report {\n        id\n        status\n      }\n    }\n  }\n": typeof types.ReassignDocument,
    "\n  mutation ChangeStatus($input: ChangeEmergencyStatusInput!) {\n    changeEmergencyStatus(input: $input) {\n      report {\n        id\n        status\n      }\n    }\n  }\n": typeof types.ChangeStatusDocument,
    "\n  query Open {\n    openEmergencies(first: 50) {\n      totalCount\n      nodes {\n        id\n        trackingCode\n        kind\n        status\n        createdAt\n        positionSource\n        latitude\n        longitude\n        addressText\n        description\n        callbackPhone\n        kelurahan {\n          id\n          name\n          kecamatan {\n            id\n            name\n          }\n        }\n        station {\n          id\n          name\n        }\n        unit {\n          id\n          callSign\n          state\n        }\n      }\n    }\n  }\n": typeof types.OpenDocument,
    "\n  query Stations {\n    fireStations {\n      id\n      name\n      units {\n        id\n        callSign\n        kind\n        state\n      }\n    }\n  }\n": typeof types.StationsDocument,
    "\n  mutation VerifyPermitApplication($input: PermitStepInput!) {\n    verifyPermitApplication(input: $input) {\n      application {\n        id\n        status\n      }\n    }\n  }\n": typeof types.VerifyPermitApplicationDocument,
    "\n  mutation RequestPermitRevision($input: PermitStepInput!) {\n    requestPermitRevision(input: $input) {\n      application {\n        id\n        status\n      }\n    }\n  }\n": typeof types.RequestPermitRevisionDocument,
    "\n  mutation ApprovePermitApplication($input: PermitStepInput!) {\n    approvePermitApplication(input: $input) {\n      application {\n        id\n        status\n        levyAmount\n      }\n    }\n  }\n": typeof types.ApprovePermitApplicationDocument,
    "\n  mutation RejectPermitApplication($input: PermitReasonInput!) {\n    rejectPermitApplication(input: $input) {\n      application {\n        id\n        status\n      }\n    }\n  }\n": typeof types.RejectPermitApplicationDocument,
    "\n  mutation RecordPermitPayment($input: RecordPermitPaymentInput!) {\n    recordPermitPayment(input: $input) {\n      application {\n        id\n        status\n      }\n    }\n  }\n": typeof types.RecordPermitPaymentDocument,
    "\n  mutation IssuePermit($input: PermitStepInput!) {\n    issuePermit(input: $input) {\n      application {\n        id\n        status\n        permitNumber\n      }\n    }\n  }\n": typeof types.IssuePermitDocument,
    "\n  mutation RevokePermit($input: PermitReasonInput!) {\n    revokePermit(input: $input) {\n      application {\n        id\n        status\n      }\n    }\n  }\n": typeof types.RevokePermitDocument,
    "\n  mutation VerifyJariReport($reportId: ID!, $note: String) {\n    verifyJariReport(reportId: $reportId, note: $note) {\n      id\n      status\n    }\n  }\n": typeof types.VerifyJariReportDocument,
    "\n  mutation StartJariInvestigation($reportId: ID!, $note: String) {\n    startJariInvestigation(reportId: $reportId, note: $note) {\n      id\n      status\n    }\n  }\n": typeof types.StartJariInvestigationDocument,
    "\n  mutation ShareJariReportWithAgency($reportId: ID!, $note: String) {\n    shareJariReportWithAgency(reportId: $reportId, note: $note) {\n      id\n    }\n  }\n": typeof types.ShareJariReportWithAgencyDocument,
    "\n  mutation RejectJariReport($reportId: ID!, $reason: String!) {\n    rejectJariReport(reportId: $reportId, reason: $reason) {\n      id\n      status\n    }\n  }\n": typeof types.RejectJariReportDocument,
    "\n  mutation SendJariMessage($reportId: ID!, $message: String!) {\n    sendJariMessage(reportId: $reportId, message: $message) {\n      id\n    }\n  }\n": typeof types.SendJariMessageDocument,
    "\n  mutation ConcludeJariReport($input: ConcludeJariReportInput!) {\n    concludeJariReport(input: $input) {\n      id\n      status\n    }\n  }\n": typeof types.ConcludeJariReportDocument,
    "\n  query JariQueue($filter: JariQueueFilter, $after: String) {\n    jariQueue(first: 30, filter: $filter, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        id\n        trackingCode\n        category\n        status\n        receivedAt\n        followUpDueAt\n        overdue\n        anonymous\n        place\n        description\n        amountAskedRupiah\n        sharedWithAgencyAt\n        agency {\n          id\n          shortName\n        }\n        service {\n          id\n          name\n          nameEn\n        }\n        reporter {\n          id\n          name\n          phone\n        }\n        messages(first: 10) {\n          totalCount\n          nodes {\n            at\n            author\n            body\n          }\n        }\n      }\n    }\n  }\n": typeof types.JariQueueDocument,
    "\n  query InspectorAgencies {\n    agencies {\n      id\n      shortName\n    }\n  }\n": typeof types.InspectorAgenciesDocument,
    "\n  mutation CallNext($s: ID!) {\n    callNextQueueNumber(sessionId: $s) {\n      id\n      number\n    }\n  }\n": typeof types.CallNextDocument,
    "\n  mutation Served($id: ID!) {\n    markQueueNumberServed(id: $id) {\n      id\n      status\n    }\n  }\n": typeof types.ServedDocument,
    "\n  mutation NoShow($id: ID!) {\n    markQueueNumberNoShow(id: $id) {\n      id\n      status\n    }\n  }\n": typeof types.NoShowDocument,
    "\n  mutation Capacity($input: SetQueueCapacityInput!) {\n    setQueueCapacity(input: $input) {\n      id\n    }\n  }\n": typeof types.CapacityDocument,
    "\n  mutation CloseQueueSession($input: CloseQueueSessionInput!) {\n    closeQueueSession(input: $input) {\n      cancelledCount\n    }\n  }\n": typeof types.CloseQueueSessionDocument,
    "\n  query StaffDay($id: ID!, $date: String) {\n    healthFacility(id: $id) {\n      id\n      name\n      queue(date: $date) {\n        service {\n          id\n          name\n        }\n        sessions {\n          id\n          label\n          status\n          closedReason\n          startsAt\n          endsAt\n          nowServing\n          waiting\n          nextNumber\n          quotas {\n            payer\n            capacity\n            taken\n          }\n          appointments {\n            id\n            number\n            status\n            payer\n            bookingCode\n          }\n        }\n      }\n    }\n  }\n": typeof types.StaffDayDocument,
    "\n  query MyStaffDay($date: String) {\n    myHealthFacility {\n      id\n      name\n      queue(date: $date) {\n        service {\n          id\n          name\n        }\n        sessions {\n          id\n          label\n          status\n          closedReason\n          startsAt\n          endsAt\n          nowServing\n          waiting\n          nextNumber\n          quotas {\n            payer\n            capacity\n            taken\n          }\n          appointments {\n            id\n            number\n            status\n            payer\n            bookingCode\n          }\n        }\n      }\n    }\n  }\n": typeof types.MyStaffDayDocument,
    "\n  mutation CreateApiKey($input: CreateApiKeyInput!) {\n    createApiKey(input: $input) {\n      key\n      apiKey {\n        id\n        prefix\n        holder\n      }\n    }\n  }\n": typeof types.CreateApiKeyDocument,
    "\n  mutation RevokeApiKey($id: ID!) {\n    revokeApiKey(id: $id) {\n      id\n      revokedAt\n    }\n  }\n": typeof types.RevokeApiKeyDocument,
    "\n  query ApiKeys {\n    apiKeys(first: 100) {\n      totalCount\n      nodes {\n        id\n        prefix\n        holder\n        contact\n        quotaPerMinute\n        quotaPerDay\n        allowedOrigins\n        createdAt\n        revokedAt\n        usage(days: 30) {\n          calls\n          rejected\n        }\n      }\n    }\n  }\n": typeof types.ApiKeysDocument,
    "\n  query SharedWithMyAgency($after: String) {\n    jariReportsSharedWithMyAgency(first: 20, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        id\n        category\n        status\n        outcome\n        publicSummary\n        receivedAt\n        sharedWithAgencyAt\n        occurredAt\n        place\n        description\n        amountAskedRupiah\n        service {\n          id\n          name\n          nameEn\n        }\n      }\n    }\n  }\n": typeof types.SharedWithMyAgencyDocument,
    "\n  mutation RecordCounterPayment($input: RecordCounterPaymentInput!) {\n    recordCounterPayment(input: $input) {\n      replayed\n      payment {\n        id\n        amount\n        paidAt\n        channel {\n          id\n          name\n        }\n      }\n      bill {\n        id\n        year\n      }\n      billToday {\n        status\n        paidAmount\n        totalDue\n      }\n    }\n  }\n": typeof types.RecordCounterPaymentDocument,
    "\n  query BapendaSearch($ownerNik: String, $nop: String) {\n    bapendaTaxObjects(first: 20, ownerNik: $ownerNik, nop: $nop) {\n      totalCount\n      nodes {\n        id\n        ownerName\n        address\n        nop {\n          digits\n          formatted\n          kelurahan {\n            id\n            name\n          }\n        }\n        bills(first: 6) {\n          nodes {\n            id\n            year\n            amount\n            today {\n              ...BillTodayFields\n            }\n          }\n        }\n      }\n    }\n  }\n": typeof types.BapendaSearchDocument,
    "\n  mutation Update($input: UpdateServiceStatusInput!) {\n    updateServiceStatus(input: $input) {\n      id\n      status\n    }\n  }\n": typeof types.UpdateDocument,
    "\n  query Board($agencyId: ID) {\n    serviceStatusBoard(first: 100, agencyId: $agencyId) {\n      nodes {\n        id\n        place\n        placeEn\n        status\n        reason\n        reasonEn\n        stockLabel\n        stockLabelEn\n        stockRemaining\n        lastUpdatedAt\n        agency {\n          id\n          shortName\n        }\n        service {\n          id\n          name\n          nameEn\n        }\n      }\n    }\n  }\n": typeof types.BoardDocument,
    "\n  mutation VerifyLetterRequest($input: VerifyLetterRequestInput!) {\n    verifyLetterRequest(input: $input) {\n      request {\n        id\n        status\n      }\n    }\n  }\n": typeof types.VerifyLetterRequestDocument,
    "\n  mutation SignLetter($input: SignLetterRequestInput!) {\n    signLetterRequest(input: $input) {\n      request {\n        id\n        status\n      }\n    }\n  }\n": typeof types.SignLetterDocument,
    "\n  mutation IssueLetter($input: IssueLetterInput!) {\n    issueLetter(input: $input) {\n      request {\n        id\n        status\n      }\n    }\n  }\n": typeof types.IssueLetterDocument,
    "\n  mutation RejectLetter($input: RejectLetterRequestInput!) {\n    rejectLetterRequest(input: $input) {\n      request {\n        id\n        status\n      }\n    }\n  }\n": typeof types.RejectLetterDocument,
    "\n  query LetterQueue($status: LetterStatus, $open: Boolean, $letterTypeId: ID, $overdue: Boolean, $after: String) {\n    letterQueue(status: $status, open: $open, letterTypeId: $letterTypeId, overdue: $overdue, first: 20, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        id\n        holderName\n        purpose\n        status\n        level\n        createdAt\n        dueAt\n        overdue\n        letterNumber\n        verificationCode\n        nextStatuses\n        currentHolder\n        letterType {\n          id\n          name\n        }\n        kelurahan {\n          id\n          name\n        }\n        details {\n          name\n          label\n          value\n        }\n      }\n    }\n  }\n": typeof types.LetterQueueDocument,
    "\n  query OfficerLetterTypes {\n    letterTypes {\n      id\n      name\n    }\n  }\n": typeof types.OfficerLetterTypesDocument,
    "\n  query Letter($id: ID!) {\n    letterRequest(id: $id) {\n      id\n      holderName\n      purpose\n      status\n      createdAt\n      dueAt\n      issuedAt\n      rejectionReason\n      letterNumber\n      verificationCode\n      officeName\n      validUntil\n      overdue\n      currentHolder\n      letterType {\n        id\n        name\n        service {\n          id\n          nameEn\n        }\n      }\n      details {\n        name\n        label\n        value\n      }\n      timeline {\n        at\n        actorRole\n        toStatus\n        reason\n      }\n    }\n  }\n": typeof types.LetterDocument,
    "\n  query MyKelurahan {\n    me {\n      id\n      kelurahan {\n        id\n      }\n    }\n  }\n": typeof types.MyKelurahanDocument,
    "\n  mutation RequestLetter($input: RequestLetterInput!) {\n    requestLetter(input: $input) {\n      created\n      request {\n        id\n        status\n      }\n    }\n  }\n": typeof types.RequestLetterDocument,
    "\n  mutation Cancel($input: CancelLetterRequestInput!) {\n    cancelLetterRequest(input: $input) {\n      request {\n        id\n        status\n      }\n    }\n  }\n": typeof types.CancelDocument,
    "\n  query MyLetterList {\n    me {\n      id\n      letterRequests(first: 50) {\n        nodes {\n          id\n          status\n          createdAt\n          dueAt\n          overdue\n          letterType {\n            id\n            name\n            service {\n              id\n              nameEn\n            }\n          }\n        }\n      }\n    }\n  }\n": typeof types.MyLetterListDocument,
    "\n  query LetterTypesToRequest {\n    letterTypes {\n      id\n      name\n      service {\n        id\n        nameEn\n      }\n      level\n      timeLimitDays\n      feeRupiah\n      fields {\n        name\n        label\n        kind\n        required\n        maxLength\n      }\n    }\n  }\n": typeof types.LetterTypesToRequestDocument,
    "\n  query TransparencyLettersOfMonth($month: String!) {\n    letterTrend(from: $month, to: $month, byKecamatan: true) {\n      kecamatan {\n        id\n        name\n      }\n      hasData\n      issuedCount\n      withinTimeLimitShare\n      medianProcessingHours\n    }\n  }\n": typeof types.TransparencyLettersOfMonthDocument,
    "\n  query TransparencyEmergenciesOfMonth($month: String!) {\n    emergencyTrend(from: $month, to: $month, byKecamatan: true) {\n      kecamatan {\n        id\n        name\n      }\n      hasData\n      totalIncidents\n      onSceneWithinTargetShare\n      medianMinutesToArrival\n    }\n  }\n": typeof types.TransparencyEmergenciesOfMonthDocument,
    "\n  query VerifyLetter($code: String!) {\n    verifyLetter(code: $code) {\n      valid\n      letterTypeName\n      letterNumber\n      issuedAt\n      issuingOffice\n      validUntil\n      expired\n      holderNameMasked\n    }\n  }\n": typeof types.VerifyLetterDocument,
    "\n  query MyDataAccess($first: Int!) {\n    me {\n      id\n      dataAccessLog(first: $first) {\n        totalCount\n        nodes {\n          at\n          kind\n          actorRole\n          subgraph\n          action\n          itemType\n          itemId\n          office {\n            kind\n            kelurahan {\n              name\n            }\n            kecamatan {\n              name\n            }\n            agency {\n              name\n              nameEn\n            }\n            facility {\n              name\n            }\n          }\n        }\n      }\n    }\n  }\n": typeof types.MyDataAccessDocument,
    "\n  query JariStats($month: String!) {\n    jariStats(month: $month) {\n      month\n      received\n      open\n      concluded\n      rejected\n      followUpOverdue\n      medianDaysToConclusion\n      byCategory {\n        category\n        count\n      }\n      byOutcome {\n        outcome\n        count\n      }\n    }\n  }\n": typeof types.JariStatsDocument,
    "\n  query ServiceStatus($id: ID!) {\n    service(id: $id) {\n      id\n      status {\n        availability\n        points {\n          id\n          place\n          placeEn\n          status\n          reason\n          reasonEn\n          stockLabel\n          stockLabelEn\n          stockRemaining\n          lastUpdatedAt\n        }\n      }\n    }\n  }\n": typeof types.ServiceStatusDocument,
    "\n  query StatusBoard {\n    serviceStatusBoard(first: 50) {\n      totalCount\n      nodes {\n        id\n        place\n        placeEn\n        status\n        reason\n        reasonEn\n        stockLabel\n        stockLabelEn\n        stockRemaining\n        lastUpdatedAt\n        agency {\n          id\n          shortName\n        }\n        service {\n          id\n          name\n          nameEn\n        }\n      }\n    }\n  }\n": typeof types.StatusBoardDocument,
    "\n  query HealthQueueStats($month: String!) {\n    healthQueueStats(month: $month) {\n      numbersTaken\n      served\n      noShow\n      cancelledByResident\n      cancelledByFacility\n      sessionsClosed\n      busiest {\n        numbersTaken\n        facility {\n          id\n          name\n        }\n      }\n    }\n  }\n": typeof types.HealthQueueStatsDocument,
    "\n  query TaxPaymentChannels {\n    paymentChannels {\n      id\n      name\n      kind\n      instructions\n    }\n  }\n": typeof types.TaxPaymentChannelsDocument,
    "\n  query TaxCollection($year: Int!) {\n    taxCollectionStats(year: $year) {\n      kecamatan {\n        id\n        name\n      }\n      billCount\n      paidCount\n      paidShare\n      amountBilled\n      amountCollected\n    }\n  }\n": typeof types.TaxCollectionDocument,
    "\n  fragment BillTodayFields on TaxBillAmounts {\n    status\n    isOverdue\n    monthsLate\n    penalty\n    paidAmount\n    totalDue\n    asOf\n  }\n": typeof types.BillTodayFieldsFragmentDoc,
    "\n  query OpenDataLetterTrend($from: String, $to: String) {\n    letterTrend(from: $from, to: $to) {\n      month\n      hasData\n      submittedCount\n      issuedCount\n      issuedOnTimeCount\n      withinTimeLimitShare\n      medianProcessingHours\n    }\n  }\n": typeof types.OpenDataLetterTrendDocument,
    "\n  query OpenDataLetterTrendByKecamatan($from: String, $to: String) {\n    letterTrend(from: $from, to: $to, byKecamatan: true) {\n      month\n      kecamatan {\n        id\n        name\n      }\n      hasData\n      submittedCount\n      issuedCount\n      issuedOnTimeCount\n      withinTimeLimitShare\n      medianProcessingHours\n    }\n  }\n": typeof types.OpenDataLetterTrendByKecamatanDocument,
    "\n  query OpenDataPermitTrend($from: String, $to: String) {\n    permitTrend(from: $from, to: $to) {\n      month\n      hasData\n      applications\n      decided\n      decidedWithinLimit\n      decidedWithinLimitShare\n      medianProcessingDays\n    }\n  }\n": typeof types.OpenDataPermitTrendDocument,
    "\n  query OpenDataPermitTrendByType($from: String, $to: String) {\n    permitTrend(from: $from, to: $to, byPermitType: true) {\n      month\n      permitType {\n        id\n        name\n        timeLimitDays\n      }\n      hasData\n      applications\n      decided\n      decidedWithinLimit\n      decidedWithinLimitShare\n      medianProcessingDays\n    }\n  }\n": typeof types.OpenDataPermitTrendByTypeDocument,
    "\n  query OpenDataEmergencyTrend($from: String, $to: String) {\n    emergencyTrend(from: $from, to: $to) {\n      month\n      hasData\n      totalIncidents\n      falseAlarms\n      arrivedCount\n      onSceneWithin15Minutes\n      onSceneWithinTargetShare\n      medianMinutesToDispatch\n      medianMinutesToArrival\n    }\n  }\n": typeof types.OpenDataEmergencyTrendDocument,
    "\n  query OpenDataEmergencyTrendByKecamatan($from: String, $to: String) {\n    emergencyTrend(from: $from, to: $to, byKecamatan: true) {\n      month\n      kecamatan {\n        id\n        name\n      }\n      hasData\n      totalIncidents\n      falseAlarms\n      arrivedCount\n      onSceneWithin15Minutes\n      onSceneWithinTargetShare\n      medianMinutesToDispatch\n      medianMinutesToArrival\n    }\n  }\n": typeof types.OpenDataEmergencyTrendByKecamatanDocument,
    "\n  query OpenDataJariTrend($from: String, $to: String) {\n    jariTrend(from: $from, to: $to) {\n      month\n      hasData\n      received\n      open\n      concluded\n      rejected\n      followUpOverdue\n      medianDaysToConclusion\n      byCategory {\n        category\n        count\n      }\n    }\n  }\n": typeof types.OpenDataJariTrendDocument,
    "\n  query OpenDataTaxCollectionTrend($from: String, $to: String) {\n    taxCollectionTrend(from: $from, to: $to) {\n      month\n      hasData\n      paymentCount\n      billsPaid\n      amountCollected\n    }\n  }\n": typeof types.OpenDataTaxCollectionTrendDocument,
    "\n  query OpenDataTaxCollectionTrendByKecamatan($from: String, $to: String) {\n    taxCollectionTrend(from: $from, to: $to, byKecamatan: true) {\n      month\n      kecamatan {\n        id\n        name\n      }\n      hasData\n      paymentCount\n      billsPaid\n      amountCollected\n    }\n  }\n": typeof types.OpenDataTaxCollectionTrendByKecamatanDocument,
    "\n  query OpenDataServiceStatusTrend($from: String, $to: String) {\n    serviceStatusTrend(from: $from, to: $to) {\n      month\n      hasData\n      servicePoints\n      changes\n      hoursRecorded\n      hoursAvailable\n      hoursLimited\n      hoursUnavailable\n      availableShare\n    }\n  }\n": typeof types.OpenDataServiceStatusTrendDocument,
    "\n  query OpenDataHealthQueueTrend($from: String, $to: String) {\n    healthQueueTrend(from: $from, to: $to) {\n      month\n      hasData\n      numbersTaken\n      served\n      noShow\n      cancelledByResident\n      cancelledByFacility\n      sessionsClosed\n    }\n  }\n": typeof types.OpenDataHealthQueueTrendDocument,
    "\n  fragment PermitFieldFields on PermitField {\n    name\n    label\n    labelEn\n    kind\n    required\n    min\n    max\n    decimals\n    unit\n    options {\n      value\n      label\n    }\n  }\n": typeof types.PermitFieldFieldsFragmentDoc,
    "\n  fragment PermitLevyFields on LevyAssessment {\n    total\n    free\n    complete\n    missingFields\n    basis\n    lines {\n      label\n      expression\n      amount\n    }\n  }\n": typeof types.PermitLevyFieldsFragmentDoc,
    "\n  fragment PermitTypeFields on PermitType {\n    id\n    name\n    shortName\n    timeLimitDays\n    validityMonths\n    isFree\n    businessNameRequired\n    documents {\n      key\n      label\n      labelEn\n      required\n    }\n    levyRule {\n      kind\n      basis\n      amount\n      minimum\n      components {\n        label\n        factors {\n          kind\n          name\n          label\n          field\n          value\n          unit\n          money\n          lookup {\n            key\n            value\n          }\n        }\n      }\n    }\n  }\n": typeof types.PermitTypeFieldsFragmentDoc,
    "\n  query PermitTypes {\n    permitTypes {\n      ...PermitTypeFields\n    }\n  }\n": typeof types.PermitTypesDocument,
    "\n  query PermitType($id: ID!) {\n    permitType(id: $id) {\n      ...PermitTypeFields\n      fields {\n        ...PermitFieldFields\n      }\n      stageLimits {\n        status\n        workingDays\n      }\n    }\n  }\n": typeof types.PermitTypeDocument,
    "\n  query EstimateLevy($input: EstimatePermitLevyInput!) {\n    estimatePermitLevy(input: $input) {\n      ...PermitLevyFields\n    }\n  }\n": typeof types.EstimateLevyDocument,
    "\n  query MyPermits {\n    me {\n      id\n      permitApplications(first: 50) {\n        totalCount\n        nodes {\n          id\n          status\n          businessName\n          createdAt\n          stageDueAt\n          overdue\n          permitNumber\n          permitType {\n            id\n            name\n          }\n        }\n      }\n    }\n  }\n": typeof types.MyPermitsDocument,
    "\n  fragment PermitApplicationFields on PermitApplication {\n    id\n    status\n    businessName\n    applicantName\n    createdAt\n    firstSubmittedAt\n    decisionDueAt\n    stageDueAt\n    decidedAt\n    overdue\n    holder\n    nextStatuses\n    revisionNote\n    rejectionReason\n    levyAmount\n    paid\n    issuedAt\n    permitNumber\n    validUntil\n    verificationCode\n    revokedAt\n    revocationReason\n    missingItems\n    permitType {\n      id\n      name\n      shortName\n      businessNameRequired\n      fields {\n        ...PermitFieldFields\n      }\n    }\n    kelurahan {\n      id\n      name\n    }\n    fields {\n      name\n      label\n      value\n      displayValue\n    }\n    checklist {\n      key\n      label\n      labelEn\n      required\n      attachedAt\n      file {\n        id\n        displayName\n        mediaType\n        sizeBytes\n      }\n    }\n    levy {\n      ...PermitLevyFields\n    }\n    payment {\n      amount\n      channel\n      reference\n      paidAt\n    }\n    timeline {\n      at\n      actorRole\n      actorName\n      fromStatus\n      toStatus\n      note\n    }\n  }\n": typeof types.PermitApplicationFieldsFragmentDoc,
    "\n  query PermitApplication($id: ID!) {\n    permitApplication(id: $id) {\n      ...PermitApplicationFields\n    }\n  }\n": typeof types.PermitApplicationDocument,
    "\n  query MyPermitUploads {\n    myPermitUploads(first: 50) {\n      nodes {\n        id\n        displayName\n        mediaType\n        sizeBytes\n        createdAt\n      }\n    }\n  }\n": typeof types.MyPermitUploadsDocument,
    "\n  mutation CreatePermitApplication($input: CreatePermitApplicationInput!) {\n    createPermitApplication(input: $input) {\n      created\n      application {\n        id\n        status\n      }\n    }\n  }\n": typeof types.CreatePermitApplicationDocument,
    "\n  mutation UpdatePermitApplication($input: UpdatePermitApplicationInput!) {\n    updatePermitApplication(input: $input) {\n      application {\n        id\n        status\n      }\n    }\n  }\n": typeof types.UpdatePermitApplicationDocument,
    "\n  mutation AttachPermitDocument($input: AttachPermitDocumentInput!) {\n    attachPermitDocument(input: $input) {\n      application {\n        id\n        status\n      }\n    }\n  }\n": typeof types.AttachPermitDocumentDocument,
    "\n  mutation DetachPermitDocument($input: DetachPermitDocumentInput!) {\n    detachPermitDocument(input: $input) {\n      application {\n        id\n        status\n      }\n    }\n  }\n": typeof types.DetachPermitDocumentDocument,
    "\n  mutation SubmitPermitApplication($input: SubmitPermitApplicationInput!) {\n    submitPermitApplication(input: $input) {\n      application {\n        id\n        status\n      }\n    }\n  }\n": typeof types.SubmitPermitApplicationDocument,
    "\n  query PermitQueue($status: PermitStatus, $permitTypeId: ID, $kelurahanId: ID, $overdue: Boolean, $after: String) {\n    permitQueue(status: $status, permitTypeId: $permitTypeId, kelurahanId: $kelurahanId, overdue: $overdue, first: 20, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        id\n        status\n        businessName\n        applicantName\n        firstSubmittedAt\n        stageDueAt\n        overdue\n        levyAmount\n        permitType {\n          id\n          shortName\n          name\n        }\n        kelurahan {\n          id\n          name\n        }\n      }\n    }\n  }\n": typeof types.PermitQueueDocument,
    "\n  query OfficerPermitApplication($id: ID!) {\n    permitApplication(id: $id) {\n      ...PermitApplicationFields\n    }\n  }\n": typeof types.OfficerPermitApplicationDocument,
    "\n  query PermitRegister($search: String, $permitTypeId: ID, $status: PermitValidity, $after: String) {\n    permitRegister(search: $search, permitTypeId: $permitTypeId, status: $status, first: 20, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        permitNumber\n        businessName\n        issuedAt\n        validUntil\n        status\n        permitType {\n          id\n          name\n          shortName\n        }\n        kelurahan {\n          id\n          name\n        }\n      }\n    }\n  }\n": typeof types.PermitRegisterDocument,
    "\n  query VerifyPermit($code: String!) {\n    verifyPermit(code: $code) {\n      valid\n      permitNumber\n      permitTypeName\n      businessName\n      holderNameMasked\n      issuedAt\n      validUntil\n      status\n      revokedAt\n      kelurahan {\n        id\n        name\n      }\n    }\n  }\n": typeof types.VerifyPermitDocument,
    "\n  query PermitStatistics($month: String) {\n    permitStatistics(month: $month) {\n      month\n      applications\n      decided\n      medianProcessingDays\n      decidedWithinLimitShare\n      overdueNow\n      permitType {\n        id\n        name\n        shortName\n        timeLimitDays\n      }\n    }\n  }\n": typeof types.PermitStatisticsDocument,
    "\n  fragment ServiceCardFields on Service {\n    id\n    name\n    nameEn\n    application\n    level\n    description\n    timeLimitText\n    timeLimitTextEn\n    timeLimitDays\n    feeKind\n    feeRupiah\n    isFree\n    agency {\n      id\n      shortName\n      name\n      nameEn\n    }\n  }\n": typeof types.ServiceCardFieldsFragmentDoc,
    "\n  mutation ReportEmergency($input: ReportEmergencyInput!) {\n    reportEmergency(input: $input) {\n      assignment\n      replayed\n      report {\n        id\n        trackingCode\n      }\n    }\n  }\n": typeof types.ReportEmergencyDocument,
    "\n  query CurrentOfficer {\n    currentOfficer {\n      id\n      username\n      name\n      role\n      kelurahan {\n        id\n        name\n      }\n      kecamatan {\n        id\n        name\n      }\n      agency {\n        id\n        name\n        shortName\n      }\n    }\n  }\n": typeof types.CurrentOfficerDocument,
    "\n  query Regions {\n    kecamatans {\n      id\n      name\n      kelurahans {\n        id\n        name\n      }\n    }\n  }\n": typeof types.RegionsDocument,
    "\n  fragment SessionFields on AuthSession {\n    accessToken\n    accessTokenExpiresAt\n    refreshToken\n    refreshTokenExpiresAt\n    accountKind\n  }\n": typeof types.SessionFieldsFragmentDoc,
    "\n  mutation Refresh($t: String!) {\n    refreshSession(refreshToken: $t) {\n      ...SessionFields\n    }\n  }\n": typeof types.RefreshDocument,
    "\n  query MyTaxBills {\n    me {\n      id\n      taxObjects(first: 50) {\n        nodes {\n          id\n          nop {\n            digits\n            formatted\n          }\n          bills(first: 6) {\n            nodes {\n              id\n              year\n              issuedAt\n              dueDate\n              today {\n                status\n                isOverdue\n              }\n            }\n          }\n        }\n      }\n    }\n  }\n": typeof types.MyTaxBillsDocument,
    "\n  query MyQueueNumbers {\n    me {\n      id\n      appointments(first: 20) {\n        nodes {\n          id\n          number\n          status\n          date\n          createdAt\n          bookingCode\n          facility {\n            id\n            name\n          }\n          service {\n            id\n            name\n          }\n        }\n      }\n    }\n  }\n": typeof types.MyQueueNumbersDocument,
    "\n  query MyPermitApplications {\n    me {\n      id\n      permitApplications(first: 50) {\n        nodes {\n          id\n          status\n          createdAt\n          stageDueAt\n          overdue\n          businessName\n          verificationCode\n          permitType {\n            id\n            name\n          }\n        }\n      }\n    }\n  }\n": typeof types.MyPermitApplicationsDocument,
    "\n  query MyLetters {\n    me {\n      id\n      letterRequests(first: 50) {\n        nodes {\n          id\n          status\n          createdAt\n          dueAt\n          issuedAt\n          overdue\n          verificationCode\n          letterType {\n            id\n            name\n            service {\n              id\n              nameEn\n            }\n          }\n        }\n      }\n    }\n  }\n": typeof types.MyLettersDocument,
    "\n  query MyFireReports {\n    me {\n      id\n      fireReports(first: 20) {\n        nodes {\n          id\n          trackingCode\n          kind\n          status\n          createdAt\n          station {\n            id\n            name\n          }\n          timeline {\n            actorKind\n          }\n        }\n      }\n    }\n  }\n": typeof types.MyFireReportsDocument,
    "\n  query MyJariReports {\n    me {\n      id\n      jariReports(first: 20) {\n        nodes {\n          id\n          trackingCode\n          category\n          status\n          receivedAt\n          followUpDueAt\n          followedUpAt\n          overdue\n        }\n      }\n    }\n  }\n": typeof types.MyJariReportsDocument,
};
const documents: Documents = {
    "\n  mutation Login($input: LoginInput!) {\n    login(input: $input) {\n      session {\n        ...SessionFields\n      }\n    }\n  }\n": types.LoginDocument,
    "\n  mutation Register($input: RegisterCitizenInput!) {\n    registerCitizen(input: $input) {\n      session {\n        ...SessionFields\n      }\n    }\n  }\n": types.RegisterDocument,
    "\n  mutation Logout($t: String!) {\n    logout(refreshToken: $t)\n  }\n": types.LogoutDocument,
    "\n  query MyAccount {\n    me {\n      id\n      name\n      nik\n      phone\n      kelurahan {\n        id\n        name\n        kecamatan {\n          id\n          name\n        }\n      }\n    }\n  }\n": types.MyAccountDocument,
    "\n  query FollowEmergency($code: String!) {\n    emergencyReport(trackingCode: $code) {\n      trackingCode\n      kind\n      status\n      createdAt\n      dispatchedAt\n      onSceneAt\n      closedAt\n      stationDistanceMetres\n      station {\n        id\n        name\n        address\n      }\n      unit {\n        id\n        callSign\n      }\n      kelurahan {\n        id\n        name\n      }\n      kecamatan {\n        id\n        name\n      }\n      timeline {\n        at\n        action\n        toStatus\n        actorKind\n        note\n        station {\n          id\n          name\n        }\n        unit {\n          id\n          callSign\n        }\n      }\n    }\n  }\n": types.FollowEmergencyDocument,
    "\n  mutation SubmitJari($input: SubmitJariReportInput!) {\n    submitJariReport(input: $input) {\n      trackingCode\n      secret\n      report {\n        id\n        status\n        followUpDueAt\n      }\n    }\n  }\n": types.SubmitJariDocument,
    "\n  query Check($code: String!, $secret: String!) {\n    jariReportByCode(code: $code, secret: $secret) {\n      id\n    }\n  }\n": types.CheckDocument,
    "\n  mutation Reply($code: String!, $secret: String!, $message: String!) {\n    replyToJariReport(code: $code, secret: $secret, message: $message) {\n      id\n    }\n  }\n": types.ReplyDocument,
    "\n  mutation ReplyMine($id: ID!, $message: String!) {\n    replyToMyJariReport(reportId: $id, message: $message) {\n      id\n    }\n  }\n": types.ReplyMineDocument,
    "\n  fragment JariFollowFields on JariReport {\n    id\n    trackingCode\n    category\n    status\n    outcome\n    publicSummary\n    rejectionReason\n    receivedAt\n    followUpDueAt\n    overdue\n    anonymous\n    occurredAt\n    place\n    description\n    amountAskedRupiah\n    amountPaidRupiah\n    agency {\n      id\n      shortName\n    }\n    service {\n      id\n      name\n      nameEn\n    }\n    timeline {\n      at\n      kind\n      actorRole\n      toStatus\n      note\n    }\n    messages(first: 50) {\n      nodes {\n        id\n        at\n        author\n        body\n      }\n    }\n  }\n": types.JariFollowFieldsFragmentDoc,
    "\n  query Follow($code: String!, $secret: String!) {\n    jariReportByCode(code: $code, secret: $secret) {\n      ...JariFollowFields\n    }\n  }\n": types.FollowDocument,
    "\n  query Mine($id: ID!) {\n    jariReport(id: $id) {\n      ...JariFollowFields\n    }\n  }\n": types.MineDocument,
    "\n  query JariChoices {\n    agencies {\n      id\n      name\n      nameEn\n      shortName\n      services {\n        id\n        name\n        nameEn\n      }\n    }\n  }\n": types.JariChoicesDocument,
    "\n  mutation TakeQueueNumber($input: TakeQueueNumberInput!) {\n    takeQueueNumber(input: $input) {\n      appointment {\n        id\n        number\n      }\n    }\n  }\n": types.TakeQueueNumberDocument,
    "\n  mutation CancelQueueNumber($id: ID!) {\n    cancelQueueNumber(id: $id) {\n      id\n      status\n    }\n  }\n": types.CancelQueueNumberDocument,
    "\n  query Appointment($id: ID!) {\n    appointment(id: $id) {\n      id\n      bookingCode\n      number\n      payer\n      status\n      date\n      numbersAhead\n      estimatedServiceAt\n      facility {\n        id\n        name\n        address\n      }\n      service {\n        id\n        name\n      }\n      session {\n        label\n        nowServing\n        status\n        closedReason\n        startsAt\n      }\n      timeline {\n        at\n        toStatus\n        actorKind\n        note\n      }\n    }\n  }\n": types.AppointmentDocument,
    "\n  query HealthFacility($id: ID!) {\n    healthFacility(id: $id) {\n      id\n      name\n      type\n      address\n      phone\n      openNow\n      osmOpeningHours\n      statusBoardIds\n      openingHours {\n        weekday\n        intervals\n      }\n      openingExceptions {\n        date\n        closed\n        hours\n        reason\n      }\n      services {\n        id\n        code\n        name\n        bookable\n        minutesPerPatient\n      }\n      queue {\n        service {\n          id\n          name\n          minutesPerPatient\n        }\n        nowServing\n        remaining\n        estimatedWaitMinutes\n        placesLeft\n        numbersAvailable\n        sessions {\n          id\n          label\n          startsAt\n          endsAt\n          status\n          closedReason\n          over\n          placesLeft\n        }\n      }\n    }\n  }\n": types.HealthFacilityDocument,
    "\n  query FacilityNotice($id: ID!) {\n    servicePointStatus(id: $id) {\n      status\n      reason\n      service {\n        name\n      }\n    }\n  }\n": types.FacilityNoticeDocument,
    "\n  query QueueDisplayData($id: ID!) {\n    healthQueue(serviceId: $id) {\n      nowServing\n      remaining\n      estimatedWaitMinutes\n      sessions {\n        nextNumber\n      }\n    }\n  }\n": types.QueueDisplayDataDocument,
    "\n  query QueueDisplayPage($id: ID!) {\n    healthQueue(serviceId: $id) {\n      nowServing\n      remaining\n      estimatedWaitMinutes\n      sessions {\n        nextNumber\n      }\n      service {\n        name\n      }\n      facility {\n        id\n        name\n      }\n    }\n  }\n": types.QueueDisplayPageDocument,
    "\n  query HealthFacilities($search: String, $type: HealthFacilityType, $kelurahanId: ID, $openNow: Boolean, $near: GeoPointInput) {\n    healthFacilities(search: $search, type: $type, kelurahanId: $kelurahanId, openNow: $openNow, near: $near, first: 100) {\n      totalCount\n      nodes {\n        id\n        name\n        type\n        address\n        phone\n        latitude\n        longitude\n        distanceMetres\n        openNow\n        osmOpeningHours\n        services {\n          code\n          name\n          bookable\n        }\n      }\n    }\n  }\n": types.HealthFacilitiesDocument,
    "\n  query ServiceTitle($id: ID!) {\n    service(id: $id) {\n      name\n      nameEn\n    }\n  }\n": types.ServiceTitleDocument,
    "\n  query Service($id: ID!) {\n    service(id: $id) {\n      id\n      name\n      nameEn\n      application\n      level\n      description\n      descriptionEn\n      requirements\n      requirementsEn\n      steps\n      stepsEn\n      timeLimitDays\n      timeLimitText\n      timeLimitTextEn\n      feeKind\n      feeRupiah\n      isFree\n      feeNote\n      feeNoteEn\n      feeLegalBasis\n      product\n      productEn\n      complaintChannel\n      complaintChannelEn\n      legalBasis\n      agency {\n        id\n        name\n        nameEn\n        shortName\n        address\n        addressEn\n        officePhone\n      }\n    }\n  }\n": types.ServiceDocument,
    "\n  query Catalogue($search: String, $application: ServiceApplication, $after: String) {\n    services(first: 20, search: $search, application: $application, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        ...ServiceCardFields\n      }\n    }\n  }\n": types.CatalogueDocument,
    "\n  query WhoOfficer {\n    currentOfficer {\n      id\n      name\n      username\n      role\n    }\n  }\n": types.WhoOfficerDocument,
    "\n  query WhoCitizen {\n    me {\n      id\n      name\n    }\n  }\n": types.WhoCitizenDocument,
    "\n  query HomeSearch($search: String) {\n    services(first: 8, search: $search) {\n      totalCount\n      nodes {\n        ...ServiceCardFields\n      }\n    }\n  }\n": types.HomeSearchDocument,
    "\n  query HomeGreeting {\n    me {\n      id\n      name\n    }\n  }\n": types.HomeGreetingDocument,
    "\n  query TaxBillLookup($nop: String!, $year: Int) {\n    taxBill(nop: $nop, year: $year) {\n      nop {\n        digits\n        formatted\n        province\n        city\n        kecamatanCode\n        kelurahanCode\n        block\n        number\n        special\n        kelurahan {\n          id\n          name\n        }\n        kecamatan {\n          id\n          name\n        }\n      }\n      year\n      years\n      ownerNameMasked\n      landArea\n      buildingArea\n      njop\n      amount\n      dueDate\n      today {\n        ...BillTodayFields\n      }\n    }\n  }\n": types.TaxBillLookupDocument,
    "\n  query MyTaxes {\n    me {\n      id\n      taxObjects(first: 20) {\n        totalCount\n        nodes {\n          id\n          address\n          ownerName\n          landArea\n          buildingArea\n          nop {\n            digits\n            formatted\n            kelurahan {\n              id\n              name\n            }\n            kecamatan {\n              id\n              name\n            }\n          }\n          bills(first: 6) {\n            nodes {\n              id\n              year\n              njop\n              amount\n              dueDate\n              today {\n                ...BillTodayFields\n              }\n              payments(first: 5) {\n                nodes {\n                  id\n                  amount\n                  paidAt\n                  reference\n                  channel {\n                    id\n                    name\n                  }\n                }\n              }\n            }\n          }\n        }\n      }\n    }\n  }\n": types.MyTaxesDocument,
    "\n  query MyApiKeys {\n    myApiKeys {\n      id\n      prefix\n      holder\n      quotaPerMinute\n      quotaPerDay\n      allowedOrigins\n      createdAt\n      revokedAt\n      usage(days: 30) {\n        day\n        calls\n        rejected\n      }\n    }\n  }\n": types.MyApiKeysDocument,
    "\n  mutation Reassign($input: ReassignEmergencyInput!) {\n    reassignEmergency(input: $input) {\n      report {\n        id\n        status\n      }\n    }\n  }\n": types.ReassignDocument,
    "\n  mutation ChangeStatus($input: ChangeEmergencyStatusInput!) {\n    changeEmergencyStatus(input: $input) {\n      report {\n        id\n        status\n      }\n    }\n  }\n": types.ChangeStatusDocument,
    "\n  query Open {\n    openEmergencies(first: 50) {\n      totalCount\n      nodes {\n        id\n        trackingCode\n        kind\n        status\n        createdAt\n        positionSource\n        latitude\n        longitude\n        addressText\n        description\n        callbackPhone\n        kelurahan {\n          id\n          name\n          kecamatan {\n            id\n            name\n          }\n        }\n        station {\n          id\n          name\n        }\n        unit {\n          id\n          callSign\n          state\n        }\n      }\n    }\n  }\n": types.OpenDocument,
    "\n  query Stations {\n    fireStations {\n      id\n      name\n      units {\n        id\n        callSign\n        kind\n        state\n      }\n    }\n  }\n": types.StationsDocument,
    "\n  mutation VerifyPermitApplication($input: PermitStepInput!) {\n    verifyPermitApplication(input: $input) {\n      application {\n        id\n        status\n      }\n    }\n  }\n": types.VerifyPermitApplicationDocument,
    "\n  mutation RequestPermitRevision($input: PermitStepInput!) {\n    requestPermitRevision(input: $input) {\n      application {\n        id\n        status\n      }\n    }\n  }\n": types.RequestPermitRevisionDocument,
    "\n  mutation ApprovePermitApplication($input: PermitStepInput!) {\n    approvePermitApplication(input: $input) {\n      application {\n        id\n        status\n        levyAmount\n      }\n    }\n  }\n": types.ApprovePermitApplicationDocument,
    "\n  mutation RejectPermitApplication($input: PermitReasonInput!) {\n    rejectPermitApplication(input: $input) {\n      application {\n        id\n        status\n      }\n    }\n  }\n": types.RejectPermitApplicationDocument,
    "\n  mutation RecordPermitPayment($input: RecordPermitPaymentInput!) {\n    recordPermitPayment(input: $input) {\n      application {\n        id\n        status\n      }\n    }\n  }\n": types.RecordPermitPaymentDocument,
    "\n  mutation IssuePermit($input: PermitStepInput!) {\n    issuePermit(input: $input) {\n      application {\n        id\n        status\n        permitNumber\n      }\n    }\n  }\n": types.IssuePermitDocument,
    "\n  mutation RevokePermit($input: PermitReasonInput!) {\n    revokePermit(input: $input) {\n      application {\n        id\n        status\n      }\n    }\n  }\n": types.RevokePermitDocument,
    "\n  mutation VerifyJariReport($reportId: ID!, $note: String) {\n    verifyJariReport(reportId: $reportId, note: $note) {\n      id\n      status\n    }\n  }\n": types.VerifyJariReportDocument,
    "\n  mutation StartJariInvestigation($reportId: ID!, $note: String) {\n    startJariInvestigation(reportId: $reportId, note: $note) {\n      id\n      status\n    }\n  }\n": types.StartJariInvestigationDocument,
    "\n  mutation ShareJariReportWithAgency($reportId: ID!, $note: String) {\n    shareJariReportWithAgency(reportId: $reportId, note: $note) {\n      id\n    }\n  }\n": types.ShareJariReportWithAgencyDocument,
    "\n  mutation RejectJariReport($reportId: ID!, $reason: String!) {\n    rejectJariReport(reportId: $reportId, reason: $reason) {\n      id\n      status\n    }\n  }\n": types.RejectJariReportDocument,
    "\n  mutation SendJariMessage($reportId: ID!, $message: String!) {\n    sendJariMessage(reportId: $reportId, message: $message) {\n      id\n    }\n  }\n": types.SendJariMessageDocument,
    "\n  mutation ConcludeJariReport($input: ConcludeJariReportInput!) {\n    concludeJariReport(input: $input) {\n      id\n      status\n    }\n  }\n": types.ConcludeJariReportDocument,
    "\n  query JariQueue($filter: JariQueueFilter, $after: String) {\n    jariQueue(first: 30, filter: $filter, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        id\n        trackingCode\n        category\n        status\n        receivedAt\n        followUpDueAt\n        overdue\n        anonymous\n        place\n        description\n        amountAskedRupiah\n        sharedWithAgencyAt\n        agency {\n          id\n          shortName\n        }\n        service {\n          id\n          name\n          nameEn\n        }\n        reporter {\n          id\n          name\n          phone\n        }\n        messages(first: 10) {\n          totalCount\n          nodes {\n            at\n            author\n            body\n          }\n        }\n      }\n    }\n  }\n": types.JariQueueDocument,
    "\n  query InspectorAgencies {\n    agencies {\n      id\n      shortName\n    }\n  }\n": types.InspectorAgenciesDocument,
    "\n  mutation CallNext($s: ID!) {\n    callNextQueueNumber(sessionId: $s) {\n      id\n      number\n    }\n  }\n": types.CallNextDocument,
    "\n  mutation Served($id: ID!) {\n    markQueueNumberServed(id: $id) {\n      id\n      status\n    }\n  }\n": types.ServedDocument,
    "\n  mutation NoShow($id: ID!) {\n    markQueueNumberNoShow(id: $id) {\n      id\n      status\n    }\n  }\n": types.NoShowDocument,
    "\n  mutation Capacity($input: SetQueueCapacityInput!) {\n    setQueueCapacity(input: $input) {\n      id\n    }\n  }\n": types.CapacityDocument,
    "\n  mutation CloseQueueSession($input: CloseQueueSessionInput!) {\n    closeQueueSession(input: $input) {\n      cancelledCount\n    }\n  }\n": types.CloseQueueSessionDocument,
    "\n  query StaffDay($id: ID!, $date: String) {\n    healthFacility(id: $id) {\n      id\n      name\n      queue(date: $date) {\n        service {\n          id\n          name\n        }\n        sessions {\n          id\n          label\n          status\n          closedReason\n          startsAt\n          endsAt\n          nowServing\n          waiting\n          nextNumber\n          quotas {\n            payer\n            capacity\n            taken\n          }\n          appointments {\n            id\n            number\n            status\n            payer\n            bookingCode\n          }\n        }\n      }\n    }\n  }\n": types.StaffDayDocument,
    "\n  query MyStaffDay($date: String) {\n    myHealthFacility {\n      id\n      name\n      queue(date: $date) {\n        service {\n          id\n          name\n        }\n        sessions {\n          id\n          label\n          status\n          closedReason\n          startsAt\n          endsAt\n          nowServing\n          waiting\n          nextNumber\n          quotas {\n            payer\n            capacity\n            taken\n          }\n          appointments {\n            id\n            number\n            status\n            payer\n            bookingCode\n          }\n        }\n      }\n    }\n  }\n": types.MyStaffDayDocument,
    "\n  mutation CreateApiKey($input: CreateApiKeyInput!) {\n    createApiKey(input: $input) {\n      key\n      apiKey {\n        id\n        prefix\n        holder\n      }\n    }\n  }\n": types.CreateApiKeyDocument,
    "\n  mutation RevokeApiKey($id: ID!) {\n    revokeApiKey(id: $id) {\n      id\n      revokedAt\n    }\n  }\n": types.RevokeApiKeyDocument,
    "\n  query ApiKeys {\n    apiKeys(first: 100) {\n      totalCount\n      nodes {\n        id\n        prefix\n        holder\n        contact\n        quotaPerMinute\n        quotaPerDay\n        allowedOrigins\n        createdAt\n        revokedAt\n        usage(days: 30) {\n          calls\n          rejected\n        }\n      }\n    }\n  }\n": types.ApiKeysDocument,
    "\n  query SharedWithMyAgency($after: String) {\n    jariReportsSharedWithMyAgency(first: 20, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        id\n        category\n        status\n        outcome\n        publicSummary\n        receivedAt\n        sharedWithAgencyAt\n        occurredAt\n        place\n        description\n        amountAskedRupiah\n        service {\n          id\n          name\n          nameEn\n        }\n      }\n    }\n  }\n": types.SharedWithMyAgencyDocument,
    "\n  mutation RecordCounterPayment($input: RecordCounterPaymentInput!) {\n    recordCounterPayment(input: $input) {\n      replayed\n      payment {\n        id\n        amount\n        paidAt\n        channel {\n          id\n          name\n        }\n      }\n      bill {\n        id\n        year\n      }\n      billToday {\n        status\n        paidAmount\n        totalDue\n      }\n    }\n  }\n": types.RecordCounterPaymentDocument,
    "\n  query BapendaSearch($ownerNik: String, $nop: String) {\n    bapendaTaxObjects(first: 20, ownerNik: $ownerNik, nop: $nop) {\n      totalCount\n      nodes {\n        id\n        ownerName\n        address\n        nop {\n          digits\n          formatted\n          kelurahan {\n            id\n            name\n          }\n        }\n        bills(first: 6) {\n          nodes {\n            id\n            year\n            amount\n            today {\n              ...BillTodayFields\n            }\n          }\n        }\n      }\n    }\n  }\n": types.BapendaSearchDocument,
    "\n  mutation Update($input: UpdateServiceStatusInput!) {\n    updateServiceStatus(input: $input) {\n      id\n      status\n    }\n  }\n": types.UpdateDocument,
    "\n  query Board($agencyId: ID) {\n    serviceStatusBoard(first: 100, agencyId: $agencyId) {\n      nodes {\n        id\n        place\n        placeEn\n        status\n        reason\n        reasonEn\n        stockLabel\n        stockLabelEn\n        stockRemaining\n        lastUpdatedAt\n        agency {\n          id\n          shortName\n        }\n        service {\n          id\n          name\n          nameEn\n        }\n      }\n    }\n  }\n": types.BoardDocument,
    "\n  mutation VerifyLetterRequest($input: VerifyLetterRequestInput!) {\n    verifyLetterRequest(input: $input) {\n      request {\n        id\n        status\n      }\n    }\n  }\n": types.VerifyLetterRequestDocument,
    "\n  mutation SignLetter($input: SignLetterRequestInput!) {\n    signLetterRequest(input: $input) {\n      request {\n        id\n        status\n      }\n    }\n  }\n": types.SignLetterDocument,
    "\n  mutation IssueLetter($input: IssueLetterInput!) {\n    issueLetter(input: $input) {\n      request {\n        id\n        status\n      }\n    }\n  }\n": types.IssueLetterDocument,
    "\n  mutation RejectLetter($input: RejectLetterRequestInput!) {\n    rejectLetterRequest(input: $input) {\n      request {\n        id\n        status\n      }\n    }\n  }\n": types.RejectLetterDocument,
    "\n  query LetterQueue($status: LetterStatus, $open: Boolean, $letterTypeId: ID, $overdue: Boolean, $after: String) {\n    letterQueue(status: $status, open: $open, letterTypeId: $letterTypeId, overdue: $overdue, first: 20, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        id\n        holderName\n        purpose\n        status\n        level\n        createdAt\n        dueAt\n        overdue\n        letterNumber\n        verificationCode\n        nextStatuses\n        currentHolder\n        letterType {\n          id\n          name\n        }\n        kelurahan {\n          id\n          name\n        }\n        details {\n          name\n          label\n          value\n        }\n      }\n    }\n  }\n": types.LetterQueueDocument,
    "\n  query OfficerLetterTypes {\n    letterTypes {\n      id\n      name\n    }\n  }\n": types.OfficerLetterTypesDocument,
    "\n  query Letter($id: ID!) {\n    letterRequest(id: $id) {\n      id\n      holderName\n      purpose\n      status\n      createdAt\n      dueAt\n      issuedAt\n      rejectionReason\n      letterNumber\n      verificationCode\n      officeName\n      validUntil\n      overdue\n      currentHolder\n      letterType {\n        id\n        name\n        service {\n          id\n          nameEn\n        }\n      }\n      details {\n        name\n        label\n        value\n      }\n      timeline {\n        at\n        actorRole\n        toStatus\n        reason\n      }\n    }\n  }\n": types.LetterDocument,
    "\n  query MyKelurahan {\n    me {\n      id\n      kelurahan {\n        id\n      }\n    }\n  }\n": types.MyKelurahanDocument,
    "\n  mutation RequestLetter($input: RequestLetterInput!) {\n    requestLetter(input: $input) {\n      created\n      request {\n        id\n        status\n      }\n    }\n  }\n": types.RequestLetterDocument,
    "\n  mutation Cancel($input: CancelLetterRequestInput!) {\n    cancelLetterRequest(input: $input) {\n      request {\n        id\n        status\n      }\n    }\n  }\n": types.CancelDocument,
    "\n  query MyLetterList {\n    me {\n      id\n      letterRequests(first: 50) {\n        nodes {\n          id\n          status\n          createdAt\n          dueAt\n          overdue\n          letterType {\n            id\n            name\n            service {\n              id\n              nameEn\n            }\n          }\n        }\n      }\n    }\n  }\n": types.MyLetterListDocument,
    "\n  query LetterTypesToRequest {\n    letterTypes {\n      id\n      name\n      service {\n        id\n        nameEn\n      }\n      level\n      timeLimitDays\n      feeRupiah\n      fields {\n        name\n        label\n        kind\n        required\n        maxLength\n      }\n    }\n  }\n": types.LetterTypesToRequestDocument,
    "\n  query TransparencyLettersOfMonth($month: String!) {\n    letterTrend(from: $month, to: $month, byKecamatan: true) {\n      kecamatan {\n        id\n        name\n      }\n      hasData\n      issuedCount\n      withinTimeLimitShare\n      medianProcessingHours\n    }\n  }\n": types.TransparencyLettersOfMonthDocument,
    "\n  query TransparencyEmergenciesOfMonth($month: String!) {\n    emergencyTrend(from: $month, to: $month, byKecamatan: true) {\n      kecamatan {\n        id\n        name\n      }\n      hasData\n      totalIncidents\n      onSceneWithinTargetShare\n      medianMinutesToArrival\n    }\n  }\n": types.TransparencyEmergenciesOfMonthDocument,
    "\n  query VerifyLetter($code: String!) {\n    verifyLetter(code: $code) {\n      valid\n      letterTypeName\n      letterNumber\n      issuedAt\n      issuingOffice\n      validUntil\n      expired\n      holderNameMasked\n    }\n  }\n": types.VerifyLetterDocument,
    "\n  query MyDataAccess($first: Int!) {\n    me {\n      id\n      dataAccessLog(first: $first) {\n        totalCount\n        nodes {\n          at\n          kind\n          actorRole\n          subgraph\n          action\n          itemType\n          itemId\n          office {\n            kind\n            kelurahan {\n              name\n            }\n            kecamatan {\n              name\n            }\n            agency {\n              name\n              nameEn\n            }\n            facility {\n              name\n            }\n          }\n        }\n      }\n    }\n  }\n": types.MyDataAccessDocument,
    "\n  query JariStats($month: String!) {\n    jariStats(month: $month) {\n      month\n      received\n      open\n      concluded\n      rejected\n      followUpOverdue\n      medianDaysToConclusion\n      byCategory {\n        category\n        count\n      }\n      byOutcome {\n        outcome\n        count\n      }\n    }\n  }\n": types.JariStatsDocument,
    "\n  query ServiceStatus($id: ID!) {\n    service(id: $id) {\n      id\n      status {\n        availability\n        points {\n          id\n          place\n          placeEn\n          status\n          reason\n          reasonEn\n          stockLabel\n          stockLabelEn\n          stockRemaining\n          lastUpdatedAt\n        }\n      }\n    }\n  }\n": types.ServiceStatusDocument,
    "\n  query StatusBoard {\n    serviceStatusBoard(first: 50) {\n      totalCount\n      nodes {\n        id\n        place\n        placeEn\n        status\n        reason\n        reasonEn\n        stockLabel\n        stockLabelEn\n        stockRemaining\n        lastUpdatedAt\n        agency {\n          id\n          shortName\n        }\n        service {\n          id\n          name\n          nameEn\n        }\n      }\n    }\n  }\n": types.StatusBoardDocument,
    "\n  query HealthQueueStats($month: String!) {\n    healthQueueStats(month: $month) {\n      numbersTaken\n      served\n      noShow\n      cancelledByResident\n      cancelledByFacility\n      sessionsClosed\n      busiest {\n        numbersTaken\n        facility {\n          id\n          name\n        }\n      }\n    }\n  }\n": types.HealthQueueStatsDocument,
    "\n  query TaxPaymentChannels {\n    paymentChannels {\n      id\n      name\n      kind\n      instructions\n    }\n  }\n": types.TaxPaymentChannelsDocument,
    "\n  query TaxCollection($year: Int!) {\n    taxCollectionStats(year: $year) {\n      kecamatan {\n        id\n        name\n      }\n      billCount\n      paidCount\n      paidShare\n      amountBilled\n      amountCollected\n    }\n  }\n": types.TaxCollectionDocument,
    "\n  fragment BillTodayFields on TaxBillAmounts {\n    status\n    isOverdue\n    monthsLate\n    penalty\n    paidAmount\n    totalDue\n    asOf\n  }\n": types.BillTodayFieldsFragmentDoc,
    "\n  query OpenDataLetterTrend($from: String, $to: String) {\n    letterTrend(from: $from, to: $to) {\n      month\n      hasData\n      submittedCount\n      issuedCount\n      issuedOnTimeCount\n      withinTimeLimitShare\n      medianProcessingHours\n    }\n  }\n": types.OpenDataLetterTrendDocument,
    "\n  query OpenDataLetterTrendByKecamatan($from: String, $to: String) {\n    letterTrend(from: $from, to: $to, byKecamatan: true) {\n      month\n      kecamatan {\n        id\n        name\n      }\n      hasData\n      submittedCount\n      issuedCount\n      issuedOnTimeCount\n      withinTimeLimitShare\n      medianProcessingHours\n    }\n  }\n": types.OpenDataLetterTrendByKecamatanDocument,
    "\n  query OpenDataPermitTrend($from: String, $to: String) {\n    permitTrend(from: $from, to: $to) {\n      month\n      hasData\n      applications\n      decided\n      decidedWithinLimit\n      decidedWithinLimitShare\n      medianProcessingDays\n    }\n  }\n": types.OpenDataPermitTrendDocument,
    "\n  query OpenDataPermitTrendByType($from: String, $to: String) {\n    permitTrend(from: $from, to: $to, byPermitType: true) {\n      month\n      permitType {\n        id\n        name\n        timeLimitDays\n      }\n      hasData\n      applications\n      decided\n      decidedWithinLimit\n      decidedWithinLimitShare\n      medianProcessingDays\n    }\n  }\n": types.OpenDataPermitTrendByTypeDocument,
    "\n  query OpenDataEmergencyTrend($from: String, $to: String) {\n    emergencyTrend(from: $from, to: $to) {\n      month\n      hasData\n      totalIncidents\n      falseAlarms\n      arrivedCount\n      onSceneWithin15Minutes\n      onSceneWithinTargetShare\n      medianMinutesToDispatch\n      medianMinutesToArrival\n    }\n  }\n": types.OpenDataEmergencyTrendDocument,
    "\n  query OpenDataEmergencyTrendByKecamatan($from: String, $to: String) {\n    emergencyTrend(from: $from, to: $to, byKecamatan: true) {\n      month\n      kecamatan {\n        id\n        name\n      }\n      hasData\n      totalIncidents\n      falseAlarms\n      arrivedCount\n      onSceneWithin15Minutes\n      onSceneWithinTargetShare\n      medianMinutesToDispatch\n      medianMinutesToArrival\n    }\n  }\n": types.OpenDataEmergencyTrendByKecamatanDocument,
    "\n  query OpenDataJariTrend($from: String, $to: String) {\n    jariTrend(from: $from, to: $to) {\n      month\n      hasData\n      received\n      open\n      concluded\n      rejected\n      followUpOverdue\n      medianDaysToConclusion\n      byCategory {\n        category\n        count\n      }\n    }\n  }\n": types.OpenDataJariTrendDocument,
    "\n  query OpenDataTaxCollectionTrend($from: String, $to: String) {\n    taxCollectionTrend(from: $from, to: $to) {\n      month\n      hasData\n      paymentCount\n      billsPaid\n      amountCollected\n    }\n  }\n": types.OpenDataTaxCollectionTrendDocument,
    "\n  query OpenDataTaxCollectionTrendByKecamatan($from: String, $to: String) {\n    taxCollectionTrend(from: $from, to: $to, byKecamatan: true) {\n      month\n      kecamatan {\n        id\n        name\n      }\n      hasData\n      paymentCount\n      billsPaid\n      amountCollected\n    }\n  }\n": types.OpenDataTaxCollectionTrendByKecamatanDocument,
    "\n  query OpenDataServiceStatusTrend($from: String, $to: String) {\n    serviceStatusTrend(from: $from, to: $to) {\n      month\n      hasData\n      servicePoints\n      changes\n      hoursRecorded\n      hoursAvailable\n      hoursLimited\n      hoursUnavailable\n      availableShare\n    }\n  }\n": types.OpenDataServiceStatusTrendDocument,
    "\n  query OpenDataHealthQueueTrend($from: String, $to: String) {\n    healthQueueTrend(from: $from, to: $to) {\n      month\n      hasData\n      numbersTaken\n      served\n      noShow\n      cancelledByResident\n      cancelledByFacility\n      sessionsClosed\n    }\n  }\n": types.OpenDataHealthQueueTrendDocument,
    "\n  fragment PermitFieldFields on PermitField {\n    name\n    label\n    labelEn\n    kind\n    required\n    min\n    max\n    decimals\n    unit\n    options {\n      value\n      label\n    }\n  }\n": types.PermitFieldFieldsFragmentDoc,
    "\n  fragment PermitLevyFields on LevyAssessment {\n    total\n    free\n    complete\n    missingFields\n    basis\n    lines {\n      label\n      expression\n      amount\n    }\n  }\n": types.PermitLevyFieldsFragmentDoc,
    "\n  fragment PermitTypeFields on PermitType {\n    id\n    name\n    shortName\n    timeLimitDays\n    validityMonths\n    isFree\n    businessNameRequired\n    documents {\n      key\n      label\n      labelEn\n      required\n    }\n    levyRule {\n      kind\n      basis\n      amount\n      minimum\n      components {\n        label\n        factors {\n          kind\n          name\n          label\n          field\n          value\n          unit\n          money\n          lookup {\n            key\n            value\n          }\n        }\n      }\n    }\n  }\n": types.PermitTypeFieldsFragmentDoc,
    "\n  query PermitTypes {\n    permitTypes {\n      ...PermitTypeFields\n    }\n  }\n": types.PermitTypesDocument,
    "\n  query PermitType($id: ID!) {\n    permitType(id: $id) {\n      ...PermitTypeFields\n      fields {\n        ...PermitFieldFields\n      }\n      stageLimits {\n        status\n        workingDays\n      }\n    }\n  }\n": types.PermitTypeDocument,
    "\n  query EstimateLevy($input: EstimatePermitLevyInput!) {\n    estimatePermitLevy(input: $input) {\n      ...PermitLevyFields\n    }\n  }\n": types.EstimateLevyDocument,
    "\n  query MyPermits {\n    me {\n      id\n      permitApplications(first: 50) {\n        totalCount\n        nodes {\n          id\n          status\n          businessName\n          createdAt\n          stageDueAt\n          overdue\n          permitNumber\n          permitType {\n            id\n            name\n          }\n        }\n      }\n    }\n  }\n": types.MyPermitsDocument,
    "\n  fragment PermitApplicationFields on PermitApplication {\n    id\n    status\n    businessName\n    applicantName\n    createdAt\n    firstSubmittedAt\n    decisionDueAt\n    stageDueAt\n    decidedAt\n    overdue\n    holder\n    nextStatuses\n    revisionNote\n    rejectionReason\n    levyAmount\n    paid\n    issuedAt\n    permitNumber\n    validUntil\n    verificationCode\n    revokedAt\n    revocationReason\n    missingItems\n    permitType {\n      id\n      name\n      shortName\n      businessNameRequired\n      fields {\n        ...PermitFieldFields\n      }\n    }\n    kelurahan {\n      id\n      name\n    }\n    fields {\n      name\n      label\n      value\n      displayValue\n    }\n    checklist {\n      key\n      label\n      labelEn\n      required\n      attachedAt\n      file {\n        id\n        displayName\n        mediaType\n        sizeBytes\n      }\n    }\n    levy {\n      ...PermitLevyFields\n    }\n    payment {\n      amount\n      channel\n      reference\n      paidAt\n    }\n    timeline {\n      at\n      actorRole\n      actorName\n      fromStatus\n      toStatus\n      note\n    }\n  }\n": types.PermitApplicationFieldsFragmentDoc,
    "\n  query PermitApplication($id: ID!) {\n    permitApplication(id: $id) {\n      ...PermitApplicationFields\n    }\n  }\n": types.PermitApplicationDocument,
    "\n  query MyPermitUploads {\n    myPermitUploads(first: 50) {\n      nodes {\n        id\n        displayName\n        mediaType\n        sizeBytes\n        createdAt\n      }\n    }\n  }\n": types.MyPermitUploadsDocument,
    "\n  mutation CreatePermitApplication($input: CreatePermitApplicationInput!) {\n    createPermitApplication(input: $input) {\n      created\n      application {\n        id\n        status\n      }\n    }\n  }\n": types.CreatePermitApplicationDocument,
    "\n  mutation UpdatePermitApplication($input: UpdatePermitApplicationInput!) {\n    updatePermitApplication(input: $input) {\n      application {\n        id\n        status\n      }\n    }\n  }\n": types.UpdatePermitApplicationDocument,
    "\n  mutation AttachPermitDocument($input: AttachPermitDocumentInput!) {\n    attachPermitDocument(input: $input) {\n      application {\n        id\n        status\n      }\n    }\n  }\n": types.AttachPermitDocumentDocument,
    "\n  mutation DetachPermitDocument($input: DetachPermitDocumentInput!) {\n    detachPermitDocument(input: $input) {\n      application {\n        id\n        status\n      }\n    }\n  }\n": types.DetachPermitDocumentDocument,
    "\n  mutation SubmitPermitApplication($input: SubmitPermitApplicationInput!) {\n    submitPermitApplication(input: $input) {\n      application {\n        id\n        status\n      }\n    }\n  }\n": types.SubmitPermitApplicationDocument,
    "\n  query PermitQueue($status: PermitStatus, $permitTypeId: ID, $kelurahanId: ID, $overdue: Boolean, $after: String) {\n    permitQueue(status: $status, permitTypeId: $permitTypeId, kelurahanId: $kelurahanId, overdue: $overdue, first: 20, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        id\n        status\n        businessName\n        applicantName\n        firstSubmittedAt\n        stageDueAt\n        overdue\n        levyAmount\n        permitType {\n          id\n          shortName\n          name\n        }\n        kelurahan {\n          id\n          name\n        }\n      }\n    }\n  }\n": types.PermitQueueDocument,
    "\n  query OfficerPermitApplication($id: ID!) {\n    permitApplication(id: $id) {\n      ...PermitApplicationFields\n    }\n  }\n": types.OfficerPermitApplicationDocument,
    "\n  query PermitRegister($search: String, $permitTypeId: ID, $status: PermitValidity, $after: String) {\n    permitRegister(search: $search, permitTypeId: $permitTypeId, status: $status, first: 20, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        permitNumber\n        businessName\n        issuedAt\n        validUntil\n        status\n        permitType {\n          id\n          name\n          shortName\n        }\n        kelurahan {\n          id\n          name\n        }\n      }\n    }\n  }\n": types.PermitRegisterDocument,
    "\n  query VerifyPermit($code: String!) {\n    verifyPermit(code: $code) {\n      valid\n      permitNumber\n      permitTypeName\n      businessName\n      holderNameMasked\n      issuedAt\n      validUntil\n      status\n      revokedAt\n      kelurahan {\n        id\n        name\n      }\n    }\n  }\n": types.VerifyPermitDocument,
    "\n  query PermitStatistics($month: String) {\n    permitStatistics(month: $month) {\n      month\n      applications\n      decided\n      medianProcessingDays\n      decidedWithinLimitShare\n      overdueNow\n      permitType {\n        id\n        name\n        shortName\n        timeLimitDays\n      }\n    }\n  }\n": types.PermitStatisticsDocument,
    "\n  fragment ServiceCardFields on Service {\n    id\n    name\n    nameEn\n    application\n    level\n    description\n    timeLimitText\n    timeLimitTextEn\n    timeLimitDays\n    feeKind\n    feeRupiah\n    isFree\n    agency {\n      id\n      shortName\n      name\n      nameEn\n    }\n  }\n": types.ServiceCardFieldsFragmentDoc,
    "\n  mutation ReportEmergency($input: ReportEmergencyInput!) {\n    reportEmergency(input: $input) {\n      assignment\n      replayed\n      report {\n        id\n        trackingCode\n      }\n    }\n  }\n": types.ReportEmergencyDocument,
    "\n  query CurrentOfficer {\n    currentOfficer {\n      id\n      username\n      name\n      role\n      kelurahan {\n        id\n        name\n      }\n      kecamatan {\n        id\n        name\n      }\n      agency {\n        id\n        name\n        shortName\n      }\n    }\n  }\n": types.CurrentOfficerDocument,
    "\n  query Regions {\n    kecamatans {\n      id\n      name\n      kelurahans {\n        id\n        name\n      }\n    }\n  }\n": types.RegionsDocument,
    "\n  fragment SessionFields on AuthSession {\n    accessToken\n    accessTokenExpiresAt\n    refreshToken\n    refreshTokenExpiresAt\n    accountKind\n  }\n": types.SessionFieldsFragmentDoc,
    "\n  mutation Refresh($t: String!) {\n    refreshSession(refreshToken: $t) {\n      ...SessionFields\n    }\n  }\n": types.RefreshDocument,
    "\n  query MyTaxBills {\n    me {\n      id\n      taxObjects(first: 50) {\n        nodes {\n          id\n          nop {\n            digits\n            formatted\n          }\n          bills(first: 6) {\n            nodes {\n              id\n              year\n              issuedAt\n              dueDate\n              today {\n                status\n                isOverdue\n              }\n            }\n          }\n        }\n      }\n    }\n  }\n": types.MyTaxBillsDocument,
    "\n  query MyQueueNumbers {\n    me {\n      id\n      appointments(first: 20) {\n        nodes {\n          id\n          number\n          status\n          date\n          createdAt\n          bookingCode\n          facility {\n            id\n            name\n          }\n          service {\n            id\n            name\n          }\n        }\n      }\n    }\n  }\n": types.MyQueueNumbersDocument,
    "\n  query MyPermitApplications {\n    me {\n      id\n      permitApplications(first: 50) {\n        nodes {\n          id\n          status\n          createdAt\n          stageDueAt\n          overdue\n          businessName\n          verificationCode\n          permitType {\n            id\n            name\n          }\n        }\n      }\n    }\n  }\n": types.MyPermitApplicationsDocument,
    "\n  query MyLetters {\n    me {\n      id\n      letterRequests(first: 50) {\n        nodes {\n          id\n          status\n          createdAt\n          dueAt\n          issuedAt\n          overdue\n          verificationCode\n          letterType {\n            id\n            name\n            service {\n              id\n              nameEn\n            }\n          }\n        }\n      }\n    }\n  }\n": types.MyLettersDocument,
    "\n  query MyFireReports {\n    me {\n      id\n      fireReports(first: 20) {\n        nodes {\n          id\n          trackingCode\n          kind\n          status\n          createdAt\n          station {\n            id\n            name\n          }\n          timeline {\n            actorKind\n          }\n        }\n      }\n    }\n  }\n": types.MyFireReportsDocument,
    "\n  query MyJariReports {\n    me {\n      id\n      jariReports(first: 20) {\n        nodes {\n          id\n          trackingCode\n          category\n          status\n          receivedAt\n          followUpDueAt\n          followedUpAt\n          overdue\n        }\n      }\n    }\n  }\n": types.MyJariReportsDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Login($input: LoginInput!) {\n    login(input: $input) {\n      session {\n        ...SessionFields\n      }\n    }\n  }\n"): typeof import('./graphql').LoginDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Register($input: RegisterCitizenInput!) {\n    registerCitizen(input: $input) {\n      session {\n        ...SessionFields\n      }\n    }\n  }\n"): typeof import('./graphql').RegisterDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Logout($t: String!) {\n    logout(refreshToken: $t)\n  }\n"): typeof import('./graphql').LogoutDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyAccount {\n    me {\n      id\n      name\n      nik\n      phone\n      kelurahan {\n        id\n        name\n        kecamatan {\n          id\n          name\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').MyAccountDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query FollowEmergency($code: String!) {\n    emergencyReport(trackingCode: $code) {\n      trackingCode\n      kind\n      status\n      createdAt\n      dispatchedAt\n      onSceneAt\n      closedAt\n      stationDistanceMetres\n      station {\n        id\n        name\n        address\n      }\n      unit {\n        id\n        callSign\n      }\n      kelurahan {\n        id\n        name\n      }\n      kecamatan {\n        id\n        name\n      }\n      timeline {\n        at\n        action\n        toStatus\n        actorKind\n        note\n        station {\n          id\n          name\n        }\n        unit {\n          id\n          callSign\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').FollowEmergencyDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SubmitJari($input: SubmitJariReportInput!) {\n    submitJariReport(input: $input) {\n      trackingCode\n      secret\n      report {\n        id\n        status\n        followUpDueAt\n      }\n    }\n  }\n"): typeof import('./graphql').SubmitJariDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Check($code: String!, $secret: String!) {\n    jariReportByCode(code: $code, secret: $secret) {\n      id\n    }\n  }\n"): typeof import('./graphql').CheckDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Reply($code: String!, $secret: String!, $message: String!) {\n    replyToJariReport(code: $code, secret: $secret, message: $message) {\n      id\n    }\n  }\n"): typeof import('./graphql').ReplyDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReplyMine($id: ID!, $message: String!) {\n    replyToMyJariReport(reportId: $id, message: $message) {\n      id\n    }\n  }\n"): typeof import('./graphql').ReplyMineDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment JariFollowFields on JariReport {\n    id\n    trackingCode\n    category\n    status\n    outcome\n    publicSummary\n    rejectionReason\n    receivedAt\n    followUpDueAt\n    overdue\n    anonymous\n    occurredAt\n    place\n    description\n    amountAskedRupiah\n    amountPaidRupiah\n    agency {\n      id\n      shortName\n    }\n    service {\n      id\n      name\n      nameEn\n    }\n    timeline {\n      at\n      kind\n      actorRole\n      toStatus\n      note\n    }\n    messages(first: 50) {\n      nodes {\n        id\n        at\n        author\n        body\n      }\n    }\n  }\n"): typeof import('./graphql').JariFollowFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Follow($code: String!, $secret: String!) {\n    jariReportByCode(code: $code, secret: $secret) {\n      ...JariFollowFields\n    }\n  }\n"): typeof import('./graphql').FollowDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Mine($id: ID!) {\n    jariReport(id: $id) {\n      ...JariFollowFields\n    }\n  }\n"): typeof import('./graphql').MineDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query JariChoices {\n    agencies {\n      id\n      name\n      nameEn\n      shortName\n      services {\n        id\n        name\n        nameEn\n      }\n    }\n  }\n"): typeof import('./graphql').JariChoicesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TakeQueueNumber($input: TakeQueueNumberInput!) {\n    takeQueueNumber(input: $input) {\n      appointment {\n        id\n        number\n      }\n    }\n  }\n"): typeof import('./graphql').TakeQueueNumberDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CancelQueueNumber($id: ID!) {\n    cancelQueueNumber(id: $id) {\n      id\n      status\n    }\n  }\n"): typeof import('./graphql').CancelQueueNumberDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Appointment($id: ID!) {\n    appointment(id: $id) {\n      id\n      bookingCode\n      number\n      payer\n      status\n      date\n      numbersAhead\n      estimatedServiceAt\n      facility {\n        id\n        name\n        address\n      }\n      service {\n        id\n        name\n      }\n      session {\n        label\n        nowServing\n        status\n        closedReason\n        startsAt\n      }\n      timeline {\n        at\n        toStatus\n        actorKind\n        note\n      }\n    }\n  }\n"): typeof import('./graphql').AppointmentDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query HealthFacility($id: ID!) {\n    healthFacility(id: $id) {\n      id\n      name\n      type\n      address\n      phone\n      openNow\n      osmOpeningHours\n      statusBoardIds\n      openingHours {\n        weekday\n        intervals\n      }\n      openingExceptions {\n        date\n        closed\n        hours\n        reason\n      }\n      services {\n        id\n        code\n        name\n        bookable\n        minutesPerPatient\n      }\n      queue {\n        service {\n          id\n          name\n          minutesPerPatient\n        }\n        nowServing\n        remaining\n        estimatedWaitMinutes\n        placesLeft\n        numbersAvailable\n        sessions {\n          id\n          label\n          startsAt\n          endsAt\n          status\n          closedReason\n          over\n          placesLeft\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').HealthFacilityDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query FacilityNotice($id: ID!) {\n    servicePointStatus(id: $id) {\n      status\n      reason\n      service {\n        name\n      }\n    }\n  }\n"): typeof import('./graphql').FacilityNoticeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query QueueDisplayData($id: ID!) {\n    healthQueue(serviceId: $id) {\n      nowServing\n      remaining\n      estimatedWaitMinutes\n      sessions {\n        nextNumber\n      }\n    }\n  }\n"): typeof import('./graphql').QueueDisplayDataDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query QueueDisplayPage($id: ID!) {\n    healthQueue(serviceId: $id) {\n      nowServing\n      remaining\n      estimatedWaitMinutes\n      sessions {\n        nextNumber\n      }\n      service {\n        name\n      }\n      facility {\n        id\n        name\n      }\n    }\n  }\n"): typeof import('./graphql').QueueDisplayPageDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query HealthFacilities($search: String, $type: HealthFacilityType, $kelurahanId: ID, $openNow: Boolean, $near: GeoPointInput) {\n    healthFacilities(search: $search, type: $type, kelurahanId: $kelurahanId, openNow: $openNow, near: $near, first: 100) {\n      totalCount\n      nodes {\n        id\n        name\n        type\n        address\n        phone\n        latitude\n        longitude\n        distanceMetres\n        openNow\n        osmOpeningHours\n        services {\n          code\n          name\n          bookable\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').HealthFacilitiesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ServiceTitle($id: ID!) {\n    service(id: $id) {\n      name\n      nameEn\n    }\n  }\n"): typeof import('./graphql').ServiceTitleDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Service($id: ID!) {\n    service(id: $id) {\n      id\n      name\n      nameEn\n      application\n      level\n      description\n      descriptionEn\n      requirements\n      requirementsEn\n      steps\n      stepsEn\n      timeLimitDays\n      timeLimitText\n      timeLimitTextEn\n      feeKind\n      feeRupiah\n      isFree\n      feeNote\n      feeNoteEn\n      feeLegalBasis\n      product\n      productEn\n      complaintChannel\n      complaintChannelEn\n      legalBasis\n      agency {\n        id\n        name\n        nameEn\n        shortName\n        address\n        addressEn\n        officePhone\n      }\n    }\n  }\n"): typeof import('./graphql').ServiceDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Catalogue($search: String, $application: ServiceApplication, $after: String) {\n    services(first: 20, search: $search, application: $application, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        ...ServiceCardFields\n      }\n    }\n  }\n"): typeof import('./graphql').CatalogueDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query WhoOfficer {\n    currentOfficer {\n      id\n      name\n      username\n      role\n    }\n  }\n"): typeof import('./graphql').WhoOfficerDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query WhoCitizen {\n    me {\n      id\n      name\n    }\n  }\n"): typeof import('./graphql').WhoCitizenDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query HomeSearch($search: String) {\n    services(first: 8, search: $search) {\n      totalCount\n      nodes {\n        ...ServiceCardFields\n      }\n    }\n  }\n"): typeof import('./graphql').HomeSearchDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query HomeGreeting {\n    me {\n      id\n      name\n    }\n  }\n"): typeof import('./graphql').HomeGreetingDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TaxBillLookup($nop: String!, $year: Int) {\n    taxBill(nop: $nop, year: $year) {\n      nop {\n        digits\n        formatted\n        province\n        city\n        kecamatanCode\n        kelurahanCode\n        block\n        number\n        special\n        kelurahan {\n          id\n          name\n        }\n        kecamatan {\n          id\n          name\n        }\n      }\n      year\n      years\n      ownerNameMasked\n      landArea\n      buildingArea\n      njop\n      amount\n      dueDate\n      today {\n        ...BillTodayFields\n      }\n    }\n  }\n"): typeof import('./graphql').TaxBillLookupDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyTaxes {\n    me {\n      id\n      taxObjects(first: 20) {\n        totalCount\n        nodes {\n          id\n          address\n          ownerName\n          landArea\n          buildingArea\n          nop {\n            digits\n            formatted\n            kelurahan {\n              id\n              name\n            }\n            kecamatan {\n              id\n              name\n            }\n          }\n          bills(first: 6) {\n            nodes {\n              id\n              year\n              njop\n              amount\n              dueDate\n              today {\n                ...BillTodayFields\n              }\n              payments(first: 5) {\n                nodes {\n                  id\n                  amount\n                  paidAt\n                  reference\n                  channel {\n                    id\n                    name\n                  }\n                }\n              }\n            }\n          }\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').MyTaxesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyApiKeys {\n    myApiKeys {\n      id\n      prefix\n      holder\n      quotaPerMinute\n      quotaPerDay\n      allowedOrigins\n      createdAt\n      revokedAt\n      usage(days: 30) {\n        day\n        calls\n        rejected\n      }\n    }\n  }\n"): typeof import('./graphql').MyApiKeysDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Reassign($input: ReassignEmergencyInput!) {\n    reassignEmergency(input: $input) {\n      report {\n        id\n        status\n      }\n    }\n  }\n"): typeof import('./graphql').ReassignDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ChangeStatus($input: ChangeEmergencyStatusInput!) {\n    changeEmergencyStatus(input: $input) {\n      report {\n        id\n        status\n      }\n    }\n  }\n"): typeof import('./graphql').ChangeStatusDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Open {\n    openEmergencies(first: 50) {\n      totalCount\n      nodes {\n        id\n        trackingCode\n        kind\n        status\n        createdAt\n        positionSource\n        latitude\n        longitude\n        addressText\n        description\n        callbackPhone\n        kelurahan {\n          id\n          name\n          kecamatan {\n            id\n            name\n          }\n        }\n        station {\n          id\n          name\n        }\n        unit {\n          id\n          callSign\n          state\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').OpenDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Stations {\n    fireStations {\n      id\n      name\n      units {\n        id\n        callSign\n        kind\n        state\n      }\n    }\n  }\n"): typeof import('./graphql').StationsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation VerifyPermitApplication($input: PermitStepInput!) {\n    verifyPermitApplication(input: $input) {\n      application {\n        id\n        status\n      }\n    }\n  }\n"): typeof import('./graphql').VerifyPermitApplicationDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RequestPermitRevision($input: PermitStepInput!) {\n    requestPermitRevision(input: $input) {\n      application {\n        id\n        status\n      }\n    }\n  }\n"): typeof import('./graphql').RequestPermitRevisionDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ApprovePermitApplication($input: PermitStepInput!) {\n    approvePermitApplication(input: $input) {\n      application {\n        id\n        status\n        levyAmount\n      }\n    }\n  }\n"): typeof import('./graphql').ApprovePermitApplicationDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RejectPermitApplication($input: PermitReasonInput!) {\n    rejectPermitApplication(input: $input) {\n      application {\n        id\n        status\n      }\n    }\n  }\n"): typeof import('./graphql').RejectPermitApplicationDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RecordPermitPayment($input: RecordPermitPaymentInput!) {\n    recordPermitPayment(input: $input) {\n      application {\n        id\n        status\n      }\n    }\n  }\n"): typeof import('./graphql').RecordPermitPaymentDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation IssuePermit($input: PermitStepInput!) {\n    issuePermit(input: $input) {\n      application {\n        id\n        status\n        permitNumber\n      }\n    }\n  }\n"): typeof import('./graphql').IssuePermitDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RevokePermit($input: PermitReasonInput!) {\n    revokePermit(input: $input) {\n      application {\n        id\n        status\n      }\n    }\n  }\n"): typeof import('./graphql').RevokePermitDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation VerifyJariReport($reportId: ID!, $note: String) {\n    verifyJariReport(reportId: $reportId, note: $note) {\n      id\n      status\n    }\n  }\n"): typeof import('./graphql').VerifyJariReportDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation StartJariInvestigation($reportId: ID!, $note: String) {\n    startJariInvestigation(reportId: $reportId, note: $note) {\n      id\n      status\n    }\n  }\n"): typeof import('./graphql').StartJariInvestigationDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ShareJariReportWithAgency($reportId: ID!, $note: String) {\n    shareJariReportWithAgency(reportId: $reportId, note: $note) {\n      id\n    }\n  }\n"): typeof import('./graphql').ShareJariReportWithAgencyDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RejectJariReport($reportId: ID!, $reason: String!) {\n    rejectJariReport(reportId: $reportId, reason: $reason) {\n      id\n      status\n    }\n  }\n"): typeof import('./graphql').RejectJariReportDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SendJariMessage($reportId: ID!, $message: String!) {\n    sendJariMessage(reportId: $reportId, message: $message) {\n      id\n    }\n  }\n"): typeof import('./graphql').SendJariMessageDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConcludeJariReport($input: ConcludeJariReportInput!) {\n    concludeJariReport(input: $input) {\n      id\n      status\n    }\n  }\n"): typeof import('./graphql').ConcludeJariReportDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query JariQueue($filter: JariQueueFilter, $after: String) {\n    jariQueue(first: 30, filter: $filter, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        id\n        trackingCode\n        category\n        status\n        receivedAt\n        followUpDueAt\n        overdue\n        anonymous\n        place\n        description\n        amountAskedRupiah\n        sharedWithAgencyAt\n        agency {\n          id\n          shortName\n        }\n        service {\n          id\n          name\n          nameEn\n        }\n        reporter {\n          id\n          name\n          phone\n        }\n        messages(first: 10) {\n          totalCount\n          nodes {\n            at\n            author\n            body\n          }\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').JariQueueDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query InspectorAgencies {\n    agencies {\n      id\n      shortName\n    }\n  }\n"): typeof import('./graphql').InspectorAgenciesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CallNext($s: ID!) {\n    callNextQueueNumber(sessionId: $s) {\n      id\n      number\n    }\n  }\n"): typeof import('./graphql').CallNextDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Served($id: ID!) {\n    markQueueNumberServed(id: $id) {\n      id\n      status\n    }\n  }\n"): typeof import('./graphql').ServedDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation NoShow($id: ID!) {\n    markQueueNumberNoShow(id: $id) {\n      id\n      status\n    }\n  }\n"): typeof import('./graphql').NoShowDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Capacity($input: SetQueueCapacityInput!) {\n    setQueueCapacity(input: $input) {\n      id\n    }\n  }\n"): typeof import('./graphql').CapacityDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CloseQueueSession($input: CloseQueueSessionInput!) {\n    closeQueueSession(input: $input) {\n      cancelledCount\n    }\n  }\n"): typeof import('./graphql').CloseQueueSessionDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query StaffDay($id: ID!, $date: String) {\n    healthFacility(id: $id) {\n      id\n      name\n      queue(date: $date) {\n        service {\n          id\n          name\n        }\n        sessions {\n          id\n          label\n          status\n          closedReason\n          startsAt\n          endsAt\n          nowServing\n          waiting\n          nextNumber\n          quotas {\n            payer\n            capacity\n            taken\n          }\n          appointments {\n            id\n            number\n            status\n            payer\n            bookingCode\n          }\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').StaffDayDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyStaffDay($date: String) {\n    myHealthFacility {\n      id\n      name\n      queue(date: $date) {\n        service {\n          id\n          name\n        }\n        sessions {\n          id\n          label\n          status\n          closedReason\n          startsAt\n          endsAt\n          nowServing\n          waiting\n          nextNumber\n          quotas {\n            payer\n            capacity\n            taken\n          }\n          appointments {\n            id\n            number\n            status\n            payer\n            bookingCode\n          }\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').MyStaffDayDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateApiKey($input: CreateApiKeyInput!) {\n    createApiKey(input: $input) {\n      key\n      apiKey {\n        id\n        prefix\n        holder\n      }\n    }\n  }\n"): typeof import('./graphql').CreateApiKeyDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RevokeApiKey($id: ID!) {\n    revokeApiKey(id: $id) {\n      id\n      revokedAt\n    }\n  }\n"): typeof import('./graphql').RevokeApiKeyDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ApiKeys {\n    apiKeys(first: 100) {\n      totalCount\n      nodes {\n        id\n        prefix\n        holder\n        contact\n        quotaPerMinute\n        quotaPerDay\n        allowedOrigins\n        createdAt\n        revokedAt\n        usage(days: 30) {\n          calls\n          rejected\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').ApiKeysDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SharedWithMyAgency($after: String) {\n    jariReportsSharedWithMyAgency(first: 20, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        id\n        category\n        status\n        outcome\n        publicSummary\n        receivedAt\n        sharedWithAgencyAt\n        occurredAt\n        place\n        description\n        amountAskedRupiah\n        service {\n          id\n          name\n          nameEn\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').SharedWithMyAgencyDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RecordCounterPayment($input: RecordCounterPaymentInput!) {\n    recordCounterPayment(input: $input) {\n      replayed\n      payment {\n        id\n        amount\n        paidAt\n        channel {\n          id\n          name\n        }\n      }\n      bill {\n        id\n        year\n      }\n      billToday {\n        status\n        paidAmount\n        totalDue\n      }\n    }\n  }\n"): typeof import('./graphql').RecordCounterPaymentDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query BapendaSearch($ownerNik: String, $nop: String) {\n    bapendaTaxObjects(first: 20, ownerNik: $ownerNik, nop: $nop) {\n      totalCount\n      nodes {\n        id\n        ownerName\n        address\n        nop {\n          digits\n          formatted\n          kelurahan {\n            id\n            name\n          }\n        }\n        bills(first: 6) {\n          nodes {\n            id\n            year\n            amount\n            today {\n              ...BillTodayFields\n            }\n          }\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').BapendaSearchDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Update($input: UpdateServiceStatusInput!) {\n    updateServiceStatus(input: $input) {\n      id\n      status\n    }\n  }\n"): typeof import('./graphql').UpdateDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Board($agencyId: ID) {\n    serviceStatusBoard(first: 100, agencyId: $agencyId) {\n      nodes {\n        id\n        place\n        placeEn\n        status\n        reason\n        reasonEn\n        stockLabel\n        stockLabelEn\n        stockRemaining\n        lastUpdatedAt\n        agency {\n          id\n          shortName\n        }\n        service {\n          id\n          name\n          nameEn\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').BoardDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation VerifyLetterRequest($input: VerifyLetterRequestInput!) {\n    verifyLetterRequest(input: $input) {\n      request {\n        id\n        status\n      }\n    }\n  }\n"): typeof import('./graphql').VerifyLetterRequestDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SignLetter($input: SignLetterRequestInput!) {\n    signLetterRequest(input: $input) {\n      request {\n        id\n        status\n      }\n    }\n  }\n"): typeof import('./graphql').SignLetterDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation IssueLetter($input: IssueLetterInput!) {\n    issueLetter(input: $input) {\n      request {\n        id\n        status\n      }\n    }\n  }\n"): typeof import('./graphql').IssueLetterDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RejectLetter($input: RejectLetterRequestInput!) {\n    rejectLetterRequest(input: $input) {\n      request {\n        id\n        status\n      }\n    }\n  }\n"): typeof import('./graphql').RejectLetterDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query LetterQueue($status: LetterStatus, $open: Boolean, $letterTypeId: ID, $overdue: Boolean, $after: String) {\n    letterQueue(status: $status, open: $open, letterTypeId: $letterTypeId, overdue: $overdue, first: 20, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        id\n        holderName\n        purpose\n        status\n        level\n        createdAt\n        dueAt\n        overdue\n        letterNumber\n        verificationCode\n        nextStatuses\n        currentHolder\n        letterType {\n          id\n          name\n        }\n        kelurahan {\n          id\n          name\n        }\n        details {\n          name\n          label\n          value\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').LetterQueueDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OfficerLetterTypes {\n    letterTypes {\n      id\n      name\n    }\n  }\n"): typeof import('./graphql').OfficerLetterTypesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Letter($id: ID!) {\n    letterRequest(id: $id) {\n      id\n      holderName\n      purpose\n      status\n      createdAt\n      dueAt\n      issuedAt\n      rejectionReason\n      letterNumber\n      verificationCode\n      officeName\n      validUntil\n      overdue\n      currentHolder\n      letterType {\n        id\n        name\n        service {\n          id\n          nameEn\n        }\n      }\n      details {\n        name\n        label\n        value\n      }\n      timeline {\n        at\n        actorRole\n        toStatus\n        reason\n      }\n    }\n  }\n"): typeof import('./graphql').LetterDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyKelurahan {\n    me {\n      id\n      kelurahan {\n        id\n      }\n    }\n  }\n"): typeof import('./graphql').MyKelurahanDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RequestLetter($input: RequestLetterInput!) {\n    requestLetter(input: $input) {\n      created\n      request {\n        id\n        status\n      }\n    }\n  }\n"): typeof import('./graphql').RequestLetterDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Cancel($input: CancelLetterRequestInput!) {\n    cancelLetterRequest(input: $input) {\n      request {\n        id\n        status\n      }\n    }\n  }\n"): typeof import('./graphql').CancelDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyLetterList {\n    me {\n      id\n      letterRequests(first: 50) {\n        nodes {\n          id\n          status\n          createdAt\n          dueAt\n          overdue\n          letterType {\n            id\n            name\n            service {\n              id\n              nameEn\n            }\n          }\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').MyLetterListDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query LetterTypesToRequest {\n    letterTypes {\n      id\n      name\n      service {\n        id\n        nameEn\n      }\n      level\n      timeLimitDays\n      feeRupiah\n      fields {\n        name\n        label\n        kind\n        required\n        maxLength\n      }\n    }\n  }\n"): typeof import('./graphql').LetterTypesToRequestDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TransparencyLettersOfMonth($month: String!) {\n    letterTrend(from: $month, to: $month, byKecamatan: true) {\n      kecamatan {\n        id\n        name\n      }\n      hasData\n      issuedCount\n      withinTimeLimitShare\n      medianProcessingHours\n    }\n  }\n"): typeof import('./graphql').TransparencyLettersOfMonthDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TransparencyEmergenciesOfMonth($month: String!) {\n    emergencyTrend(from: $month, to: $month, byKecamatan: true) {\n      kecamatan {\n        id\n        name\n      }\n      hasData\n      totalIncidents\n      onSceneWithinTargetShare\n      medianMinutesToArrival\n    }\n  }\n"): typeof import('./graphql').TransparencyEmergenciesOfMonthDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query VerifyLetter($code: String!) {\n    verifyLetter(code: $code) {\n      valid\n      letterTypeName\n      letterNumber\n      issuedAt\n      issuingOffice\n      validUntil\n      expired\n      holderNameMasked\n    }\n  }\n"): typeof import('./graphql').VerifyLetterDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyDataAccess($first: Int!) {\n    me {\n      id\n      dataAccessLog(first: $first) {\n        totalCount\n        nodes {\n          at\n          kind\n          actorRole\n          subgraph\n          action\n          itemType\n          itemId\n          office {\n            kind\n            kelurahan {\n              name\n            }\n            kecamatan {\n              name\n            }\n            agency {\n              name\n              nameEn\n            }\n            facility {\n              name\n            }\n          }\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').MyDataAccessDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query JariStats($month: String!) {\n    jariStats(month: $month) {\n      month\n      received\n      open\n      concluded\n      rejected\n      followUpOverdue\n      medianDaysToConclusion\n      byCategory {\n        category\n        count\n      }\n      byOutcome {\n        outcome\n        count\n      }\n    }\n  }\n"): typeof import('./graphql').JariStatsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ServiceStatus($id: ID!) {\n    service(id: $id) {\n      id\n      status {\n        availability\n        points {\n          id\n          place\n          placeEn\n          status\n          reason\n          reasonEn\n          stockLabel\n          stockLabelEn\n          stockRemaining\n          lastUpdatedAt\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').ServiceStatusDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query StatusBoard {\n    serviceStatusBoard(first: 50) {\n      totalCount\n      nodes {\n        id\n        place\n        placeEn\n        status\n        reason\n        reasonEn\n        stockLabel\n        stockLabelEn\n        stockRemaining\n        lastUpdatedAt\n        agency {\n          id\n          shortName\n        }\n        service {\n          id\n          name\n          nameEn\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').StatusBoardDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query HealthQueueStats($month: String!) {\n    healthQueueStats(month: $month) {\n      numbersTaken\n      served\n      noShow\n      cancelledByResident\n      cancelledByFacility\n      sessionsClosed\n      busiest {\n        numbersTaken\n        facility {\n          id\n          name\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').HealthQueueStatsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TaxPaymentChannels {\n    paymentChannels {\n      id\n      name\n      kind\n      instructions\n    }\n  }\n"): typeof import('./graphql').TaxPaymentChannelsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TaxCollection($year: Int!) {\n    taxCollectionStats(year: $year) {\n      kecamatan {\n        id\n        name\n      }\n      billCount\n      paidCount\n      paidShare\n      amountBilled\n      amountCollected\n    }\n  }\n"): typeof import('./graphql').TaxCollectionDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment BillTodayFields on TaxBillAmounts {\n    status\n    isOverdue\n    monthsLate\n    penalty\n    paidAmount\n    totalDue\n    asOf\n  }\n"): typeof import('./graphql').BillTodayFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OpenDataLetterTrend($from: String, $to: String) {\n    letterTrend(from: $from, to: $to) {\n      month\n      hasData\n      submittedCount\n      issuedCount\n      issuedOnTimeCount\n      withinTimeLimitShare\n      medianProcessingHours\n    }\n  }\n"): typeof import('./graphql').OpenDataLetterTrendDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OpenDataLetterTrendByKecamatan($from: String, $to: String) {\n    letterTrend(from: $from, to: $to, byKecamatan: true) {\n      month\n      kecamatan {\n        id\n        name\n      }\n      hasData\n      submittedCount\n      issuedCount\n      issuedOnTimeCount\n      withinTimeLimitShare\n      medianProcessingHours\n    }\n  }\n"): typeof import('./graphql').OpenDataLetterTrendByKecamatanDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OpenDataPermitTrend($from: String, $to: String) {\n    permitTrend(from: $from, to: $to) {\n      month\n      hasData\n      applications\n      decided\n      decidedWithinLimit\n      decidedWithinLimitShare\n      medianProcessingDays\n    }\n  }\n"): typeof import('./graphql').OpenDataPermitTrendDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OpenDataPermitTrendByType($from: String, $to: String) {\n    permitTrend(from: $from, to: $to, byPermitType: true) {\n      month\n      permitType {\n        id\n        name\n        timeLimitDays\n      }\n      hasData\n      applications\n      decided\n      decidedWithinLimit\n      decidedWithinLimitShare\n      medianProcessingDays\n    }\n  }\n"): typeof import('./graphql').OpenDataPermitTrendByTypeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OpenDataEmergencyTrend($from: String, $to: String) {\n    emergencyTrend(from: $from, to: $to) {\n      month\n      hasData\n      totalIncidents\n      falseAlarms\n      arrivedCount\n      onSceneWithin15Minutes\n      onSceneWithinTargetShare\n      medianMinutesToDispatch\n      medianMinutesToArrival\n    }\n  }\n"): typeof import('./graphql').OpenDataEmergencyTrendDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OpenDataEmergencyTrendByKecamatan($from: String, $to: String) {\n    emergencyTrend(from: $from, to: $to, byKecamatan: true) {\n      month\n      kecamatan {\n        id\n        name\n      }\n      hasData\n      totalIncidents\n      falseAlarms\n      arrivedCount\n      onSceneWithin15Minutes\n      onSceneWithinTargetShare\n      medianMinutesToDispatch\n      medianMinutesToArrival\n    }\n  }\n"): typeof import('./graphql').OpenDataEmergencyTrendByKecamatanDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OpenDataJariTrend($from: String, $to: String) {\n    jariTrend(from: $from, to: $to) {\n      month\n      hasData\n      received\n      open\n      concluded\n      rejected\n      followUpOverdue\n      medianDaysToConclusion\n      byCategory {\n        category\n        count\n      }\n    }\n  }\n"): typeof import('./graphql').OpenDataJariTrendDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OpenDataTaxCollectionTrend($from: String, $to: String) {\n    taxCollectionTrend(from: $from, to: $to) {\n      month\n      hasData\n      paymentCount\n      billsPaid\n      amountCollected\n    }\n  }\n"): typeof import('./graphql').OpenDataTaxCollectionTrendDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OpenDataTaxCollectionTrendByKecamatan($from: String, $to: String) {\n    taxCollectionTrend(from: $from, to: $to, byKecamatan: true) {\n      month\n      kecamatan {\n        id\n        name\n      }\n      hasData\n      paymentCount\n      billsPaid\n      amountCollected\n    }\n  }\n"): typeof import('./graphql').OpenDataTaxCollectionTrendByKecamatanDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OpenDataServiceStatusTrend($from: String, $to: String) {\n    serviceStatusTrend(from: $from, to: $to) {\n      month\n      hasData\n      servicePoints\n      changes\n      hoursRecorded\n      hoursAvailable\n      hoursLimited\n      hoursUnavailable\n      availableShare\n    }\n  }\n"): typeof import('./graphql').OpenDataServiceStatusTrendDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OpenDataHealthQueueTrend($from: String, $to: String) {\n    healthQueueTrend(from: $from, to: $to) {\n      month\n      hasData\n      numbersTaken\n      served\n      noShow\n      cancelledByResident\n      cancelledByFacility\n      sessionsClosed\n    }\n  }\n"): typeof import('./graphql').OpenDataHealthQueueTrendDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment PermitFieldFields on PermitField {\n    name\n    label\n    labelEn\n    kind\n    required\n    min\n    max\n    decimals\n    unit\n    options {\n      value\n      label\n    }\n  }\n"): typeof import('./graphql').PermitFieldFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment PermitLevyFields on LevyAssessment {\n    total\n    free\n    complete\n    missingFields\n    basis\n    lines {\n      label\n      expression\n      amount\n    }\n  }\n"): typeof import('./graphql').PermitLevyFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment PermitTypeFields on PermitType {\n    id\n    name\n    shortName\n    timeLimitDays\n    validityMonths\n    isFree\n    businessNameRequired\n    documents {\n      key\n      label\n      labelEn\n      required\n    }\n    levyRule {\n      kind\n      basis\n      amount\n      minimum\n      components {\n        label\n        factors {\n          kind\n          name\n          label\n          field\n          value\n          unit\n          money\n          lookup {\n            key\n            value\n          }\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').PermitTypeFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PermitTypes {\n    permitTypes {\n      ...PermitTypeFields\n    }\n  }\n"): typeof import('./graphql').PermitTypesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PermitType($id: ID!) {\n    permitType(id: $id) {\n      ...PermitTypeFields\n      fields {\n        ...PermitFieldFields\n      }\n      stageLimits {\n        status\n        workingDays\n      }\n    }\n  }\n"): typeof import('./graphql').PermitTypeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query EstimateLevy($input: EstimatePermitLevyInput!) {\n    estimatePermitLevy(input: $input) {\n      ...PermitLevyFields\n    }\n  }\n"): typeof import('./graphql').EstimateLevyDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyPermits {\n    me {\n      id\n      permitApplications(first: 50) {\n        totalCount\n        nodes {\n          id\n          status\n          businessName\n          createdAt\n          stageDueAt\n          overdue\n          permitNumber\n          permitType {\n            id\n            name\n          }\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').MyPermitsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment PermitApplicationFields on PermitApplication {\n    id\n    status\n    businessName\n    applicantName\n    createdAt\n    firstSubmittedAt\n    decisionDueAt\n    stageDueAt\n    decidedAt\n    overdue\n    holder\n    nextStatuses\n    revisionNote\n    rejectionReason\n    levyAmount\n    paid\n    issuedAt\n    permitNumber\n    validUntil\n    verificationCode\n    revokedAt\n    revocationReason\n    missingItems\n    permitType {\n      id\n      name\n      shortName\n      businessNameRequired\n      fields {\n        ...PermitFieldFields\n      }\n    }\n    kelurahan {\n      id\n      name\n    }\n    fields {\n      name\n      label\n      value\n      displayValue\n    }\n    checklist {\n      key\n      label\n      labelEn\n      required\n      attachedAt\n      file {\n        id\n        displayName\n        mediaType\n        sizeBytes\n      }\n    }\n    levy {\n      ...PermitLevyFields\n    }\n    payment {\n      amount\n      channel\n      reference\n      paidAt\n    }\n    timeline {\n      at\n      actorRole\n      actorName\n      fromStatus\n      toStatus\n      note\n    }\n  }\n"): typeof import('./graphql').PermitApplicationFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PermitApplication($id: ID!) {\n    permitApplication(id: $id) {\n      ...PermitApplicationFields\n    }\n  }\n"): typeof import('./graphql').PermitApplicationDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyPermitUploads {\n    myPermitUploads(first: 50) {\n      nodes {\n        id\n        displayName\n        mediaType\n        sizeBytes\n        createdAt\n      }\n    }\n  }\n"): typeof import('./graphql').MyPermitUploadsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreatePermitApplication($input: CreatePermitApplicationInput!) {\n    createPermitApplication(input: $input) {\n      created\n      application {\n        id\n        status\n      }\n    }\n  }\n"): typeof import('./graphql').CreatePermitApplicationDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdatePermitApplication($input: UpdatePermitApplicationInput!) {\n    updatePermitApplication(input: $input) {\n      application {\n        id\n        status\n      }\n    }\n  }\n"): typeof import('./graphql').UpdatePermitApplicationDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AttachPermitDocument($input: AttachPermitDocumentInput!) {\n    attachPermitDocument(input: $input) {\n      application {\n        id\n        status\n      }\n    }\n  }\n"): typeof import('./graphql').AttachPermitDocumentDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DetachPermitDocument($input: DetachPermitDocumentInput!) {\n    detachPermitDocument(input: $input) {\n      application {\n        id\n        status\n      }\n    }\n  }\n"): typeof import('./graphql').DetachPermitDocumentDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SubmitPermitApplication($input: SubmitPermitApplicationInput!) {\n    submitPermitApplication(input: $input) {\n      application {\n        id\n        status\n      }\n    }\n  }\n"): typeof import('./graphql').SubmitPermitApplicationDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PermitQueue($status: PermitStatus, $permitTypeId: ID, $kelurahanId: ID, $overdue: Boolean, $after: String) {\n    permitQueue(status: $status, permitTypeId: $permitTypeId, kelurahanId: $kelurahanId, overdue: $overdue, first: 20, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        id\n        status\n        businessName\n        applicantName\n        firstSubmittedAt\n        stageDueAt\n        overdue\n        levyAmount\n        permitType {\n          id\n          shortName\n          name\n        }\n        kelurahan {\n          id\n          name\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').PermitQueueDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OfficerPermitApplication($id: ID!) {\n    permitApplication(id: $id) {\n      ...PermitApplicationFields\n    }\n  }\n"): typeof import('./graphql').OfficerPermitApplicationDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PermitRegister($search: String, $permitTypeId: ID, $status: PermitValidity, $after: String) {\n    permitRegister(search: $search, permitTypeId: $permitTypeId, status: $status, first: 20, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        permitNumber\n        businessName\n        issuedAt\n        validUntil\n        status\n        permitType {\n          id\n          name\n          shortName\n        }\n        kelurahan {\n          id\n          name\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').PermitRegisterDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query VerifyPermit($code: String!) {\n    verifyPermit(code: $code) {\n      valid\n      permitNumber\n      permitTypeName\n      businessName\n      holderNameMasked\n      issuedAt\n      validUntil\n      status\n      revokedAt\n      kelurahan {\n        id\n        name\n      }\n    }\n  }\n"): typeof import('./graphql').VerifyPermitDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PermitStatistics($month: String) {\n    permitStatistics(month: $month) {\n      month\n      applications\n      decided\n      medianProcessingDays\n      decidedWithinLimitShare\n      overdueNow\n      permitType {\n        id\n        name\n        shortName\n        timeLimitDays\n      }\n    }\n  }\n"): typeof import('./graphql').PermitStatisticsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ServiceCardFields on Service {\n    id\n    name\n    nameEn\n    application\n    level\n    description\n    timeLimitText\n    timeLimitTextEn\n    timeLimitDays\n    feeKind\n    feeRupiah\n    isFree\n    agency {\n      id\n      shortName\n      name\n      nameEn\n    }\n  }\n"): typeof import('./graphql').ServiceCardFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReportEmergency($input: ReportEmergencyInput!) {\n    reportEmergency(input: $input) {\n      assignment\n      replayed\n      report {\n        id\n        trackingCode\n      }\n    }\n  }\n"): typeof import('./graphql').ReportEmergencyDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CurrentOfficer {\n    currentOfficer {\n      id\n      username\n      name\n      role\n      kelurahan {\n        id\n        name\n      }\n      kecamatan {\n        id\n        name\n      }\n      agency {\n        id\n        name\n        shortName\n      }\n    }\n  }\n"): typeof import('./graphql').CurrentOfficerDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Regions {\n    kecamatans {\n      id\n      name\n      kelurahans {\n        id\n        name\n      }\n    }\n  }\n"): typeof import('./graphql').RegionsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment SessionFields on AuthSession {\n    accessToken\n    accessTokenExpiresAt\n    refreshToken\n    refreshTokenExpiresAt\n    accountKind\n  }\n"): typeof import('./graphql').SessionFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Refresh($t: String!) {\n    refreshSession(refreshToken: $t) {\n      ...SessionFields\n    }\n  }\n"): typeof import('./graphql').RefreshDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyTaxBills {\n    me {\n      id\n      taxObjects(first: 50) {\n        nodes {\n          id\n          nop {\n            digits\n            formatted\n          }\n          bills(first: 6) {\n            nodes {\n              id\n              year\n              issuedAt\n              dueDate\n              today {\n                status\n                isOverdue\n              }\n            }\n          }\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').MyTaxBillsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyQueueNumbers {\n    me {\n      id\n      appointments(first: 20) {\n        nodes {\n          id\n          number\n          status\n          date\n          createdAt\n          bookingCode\n          facility {\n            id\n            name\n          }\n          service {\n            id\n            name\n          }\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').MyQueueNumbersDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyPermitApplications {\n    me {\n      id\n      permitApplications(first: 50) {\n        nodes {\n          id\n          status\n          createdAt\n          stageDueAt\n          overdue\n          businessName\n          verificationCode\n          permitType {\n            id\n            name\n          }\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').MyPermitApplicationsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyLetters {\n    me {\n      id\n      letterRequests(first: 50) {\n        nodes {\n          id\n          status\n          createdAt\n          dueAt\n          issuedAt\n          overdue\n          verificationCode\n          letterType {\n            id\n            name\n            service {\n              id\n              nameEn\n            }\n          }\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').MyLettersDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyFireReports {\n    me {\n      id\n      fireReports(first: 20) {\n        nodes {\n          id\n          trackingCode\n          kind\n          status\n          createdAt\n          station {\n            id\n            name\n          }\n          timeline {\n            actorKind\n          }\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').MyFireReportsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyJariReports {\n    me {\n      id\n      jariReports(first: 20) {\n        nodes {\n          id\n          trackingCode\n          category\n          status\n          receivedAt\n          followUpDueAt\n          followedUpAt\n          overdue\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').MyJariReportsDocument;


export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}
