stub: upstream file of 18406 bytes
