stub: upstream file of 24656 bytes
