stub: upstream file of 2830 bytes
