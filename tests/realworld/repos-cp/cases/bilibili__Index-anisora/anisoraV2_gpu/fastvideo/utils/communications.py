stub: upstream file of 17542 bytes
