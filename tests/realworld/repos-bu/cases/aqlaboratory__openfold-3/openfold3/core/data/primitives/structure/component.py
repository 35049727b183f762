stub: upstream file of 26418 bytes
