stub: upstream file of 2151 bytes
