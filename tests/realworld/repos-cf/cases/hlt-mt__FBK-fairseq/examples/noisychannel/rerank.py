stub: upstream file of 14097 bytes
