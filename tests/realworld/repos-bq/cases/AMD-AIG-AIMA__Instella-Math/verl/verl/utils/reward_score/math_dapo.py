stub: upstream file of 8184 bytes
