stub: upstream file of 18810 bytes
