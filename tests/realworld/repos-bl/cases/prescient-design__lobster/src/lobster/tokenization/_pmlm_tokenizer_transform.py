stub: upstream file of 17703 bytes
