stub: upstream file of 4382 bytes
