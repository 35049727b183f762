stub: upstream file of 23980 bytes
