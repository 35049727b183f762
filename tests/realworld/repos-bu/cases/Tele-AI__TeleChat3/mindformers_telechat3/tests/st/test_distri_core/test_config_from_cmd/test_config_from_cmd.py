stub: upstream file of 3292 bytes
