stub: upstream file of 15429 bytes
