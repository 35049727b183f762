stub: upstream file of 27816 bytes
