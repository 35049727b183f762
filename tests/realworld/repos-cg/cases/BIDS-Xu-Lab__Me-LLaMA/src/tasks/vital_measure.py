stub: upstream file of 22703 bytes
