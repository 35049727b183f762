stub: upstream file of 7364 bytes
