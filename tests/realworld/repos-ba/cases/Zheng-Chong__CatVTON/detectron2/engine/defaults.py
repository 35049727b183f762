stub: upstream file of 26975 bytes
