stub: upstream file of 13196 bytes
