stub: upstream file of 16703 bytes
