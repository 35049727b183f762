stub: upstream file of 1753888 bytes
