stub: upstream file of 5320 bytes
