stub: upstream file of 29406 bytes
