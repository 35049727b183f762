stub: upstream file of 61744 bytes
