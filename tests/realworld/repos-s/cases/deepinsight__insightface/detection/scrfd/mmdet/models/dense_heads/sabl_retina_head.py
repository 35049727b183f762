stub: upstream file of 26915 bytes
