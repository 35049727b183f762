stub: upstream file of 76673 bytes
