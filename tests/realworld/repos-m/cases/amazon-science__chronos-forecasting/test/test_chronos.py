stub: upstream file of 15558 bytes
