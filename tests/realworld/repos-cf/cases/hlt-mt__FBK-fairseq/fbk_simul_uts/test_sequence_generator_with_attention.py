stub: upstream file of 2406 bytes
