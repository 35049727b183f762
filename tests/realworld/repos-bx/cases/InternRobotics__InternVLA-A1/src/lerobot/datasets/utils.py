stub: upstream file of 49988 bytes
