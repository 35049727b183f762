stub: upstream file of 21123 bytes
