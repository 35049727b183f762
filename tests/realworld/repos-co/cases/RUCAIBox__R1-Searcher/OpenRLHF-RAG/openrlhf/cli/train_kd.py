stub: upstream file of 9858 bytes
