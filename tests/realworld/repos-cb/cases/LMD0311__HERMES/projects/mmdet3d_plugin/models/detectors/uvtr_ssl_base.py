stub: upstream file of 13957 bytes
