stub: upstream file of 35097 bytes
