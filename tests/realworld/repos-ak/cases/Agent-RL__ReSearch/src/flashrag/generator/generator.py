stub: upstream file of 25256 bytes
