stub: upstream file of 130514 bytes
