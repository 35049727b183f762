stub: upstream file of 12364 bytes
