stub: upstream file of 82707 bytes
