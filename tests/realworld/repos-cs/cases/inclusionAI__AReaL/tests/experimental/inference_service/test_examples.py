stub: upstream file of 3763 bytes
