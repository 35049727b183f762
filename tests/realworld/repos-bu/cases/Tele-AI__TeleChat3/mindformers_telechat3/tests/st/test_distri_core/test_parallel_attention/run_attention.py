stub: upstream file of 12246 bytes
