stub: upstream file of 2135 bytes
