stub: upstream file of 25157 bytes
