stub: upstream file of 16806 bytes
