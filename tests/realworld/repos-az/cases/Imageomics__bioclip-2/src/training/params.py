stub: upstream file of 17108 bytes
