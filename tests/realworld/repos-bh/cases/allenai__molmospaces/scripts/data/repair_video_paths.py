stub: upstream file of 6673 bytes
