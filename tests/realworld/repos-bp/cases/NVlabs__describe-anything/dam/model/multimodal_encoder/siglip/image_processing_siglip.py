stub: upstream file of 14802 bytes
