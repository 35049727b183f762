stub: upstream file of 39379 bytes
