stub: upstream file of 33070 bytes
