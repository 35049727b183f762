stub: upstream file of 94372 bytes
