stub: upstream file of 60096 bytes
