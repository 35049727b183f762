stub: upstream file of 17771 bytes
