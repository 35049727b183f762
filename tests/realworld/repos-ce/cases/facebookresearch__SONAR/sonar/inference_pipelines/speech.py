stub: upstream file of 17069 bytes
