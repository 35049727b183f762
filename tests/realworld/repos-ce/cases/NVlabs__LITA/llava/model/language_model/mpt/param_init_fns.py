stub: upstream file of 12558 bytes
