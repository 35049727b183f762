stub: upstream file of 9448 bytes
