stub: upstream file of 74312 bytes
