stub: upstream file of 24351 bytes
