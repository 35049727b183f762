stub: upstream file of 33574 bytes
