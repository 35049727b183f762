stub: upstream file of 2477 bytes
