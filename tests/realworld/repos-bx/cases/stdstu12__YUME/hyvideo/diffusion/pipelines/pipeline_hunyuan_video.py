stub: upstream file of 52762 bytes
