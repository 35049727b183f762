stub: upstream file of 6978 bytes
