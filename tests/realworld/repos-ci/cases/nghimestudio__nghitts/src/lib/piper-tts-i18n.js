stub: upstream file of 6783 bytes
