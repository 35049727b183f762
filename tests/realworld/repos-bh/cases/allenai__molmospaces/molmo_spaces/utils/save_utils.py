stub: upstream file of 44203 bytes
