stub: upstream file of 54896 bytes
