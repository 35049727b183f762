stub: upstream file of 21018 bytes
