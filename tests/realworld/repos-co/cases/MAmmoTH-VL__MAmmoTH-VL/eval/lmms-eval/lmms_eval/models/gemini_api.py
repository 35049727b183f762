stub: upstream file of 8673 bytes
