stub: upstream file of 2134 bytes
