stub: upstream file of 20558 bytes
