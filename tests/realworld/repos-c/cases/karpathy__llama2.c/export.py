stub: upstream file of 24513 bytes
