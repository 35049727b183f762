stub: upstream file of 21590 bytes
