stub: upstream file of 31497 bytes
