stub: upstream file of 3220 bytes
