stub: upstream file of 22452 bytes
