stub: upstream file of 1386458 bytes
