stub: upstream file of 10172 bytes
