stub: upstream file of 11072 bytes
