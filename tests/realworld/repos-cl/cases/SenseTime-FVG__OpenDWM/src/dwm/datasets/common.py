stub: upstream file of 11703 bytes
