stub: upstream file of 14300 bytes
