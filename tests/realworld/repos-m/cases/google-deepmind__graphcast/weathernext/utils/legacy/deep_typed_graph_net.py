stub: upstream file of 19222 bytes
