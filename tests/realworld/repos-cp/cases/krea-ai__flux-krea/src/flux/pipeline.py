stub: upstream file of 2329 bytes
