stub: upstream file of 2095 bytes
