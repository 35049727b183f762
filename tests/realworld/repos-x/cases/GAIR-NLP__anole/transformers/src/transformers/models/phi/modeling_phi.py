stub: upstream file of 74517 bytes
