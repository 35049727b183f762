stub: upstream file of 13345 bytes
