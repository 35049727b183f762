stub: upstream file of 13235 bytes
