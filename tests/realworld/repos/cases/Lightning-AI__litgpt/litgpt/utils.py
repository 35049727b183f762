stub: upstream file of 44369 bytes
