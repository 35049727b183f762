stub: upstream file of 6407 bytes
