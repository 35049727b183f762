stub: upstream file of 2416 bytes
