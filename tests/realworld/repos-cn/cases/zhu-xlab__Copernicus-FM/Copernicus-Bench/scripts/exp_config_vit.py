stub: upstream file of 3539 bytes
