stub: upstream file of 21406 bytes
