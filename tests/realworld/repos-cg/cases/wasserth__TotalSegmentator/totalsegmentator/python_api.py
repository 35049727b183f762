stub: upstream file of 25434 bytes
