stub: upstream file of 6136 bytes
