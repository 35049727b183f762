stub: upstream file of 7771 bytes
