stub: upstream file of 19833 bytes
