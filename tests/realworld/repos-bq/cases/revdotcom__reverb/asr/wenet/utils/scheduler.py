stub: upstream file of 25558 bytes
