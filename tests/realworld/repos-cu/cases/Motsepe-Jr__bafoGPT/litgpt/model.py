stub: upstream file of 22109 bytes
