stub: upstream file of 8417 bytes
