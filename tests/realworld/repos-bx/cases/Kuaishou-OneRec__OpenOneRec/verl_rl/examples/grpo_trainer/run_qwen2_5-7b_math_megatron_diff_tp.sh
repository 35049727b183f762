stub: upstream file of 2154 bytes
