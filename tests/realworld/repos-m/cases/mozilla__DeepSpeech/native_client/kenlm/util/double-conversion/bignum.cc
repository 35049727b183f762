stub: upstream file of 23096 bytes
