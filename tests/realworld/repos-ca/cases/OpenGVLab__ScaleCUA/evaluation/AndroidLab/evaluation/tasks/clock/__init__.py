stub: upstream file of 1753 bytes
