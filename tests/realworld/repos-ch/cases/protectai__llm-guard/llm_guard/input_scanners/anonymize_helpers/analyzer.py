stub: upstream file of 5433 bytes
