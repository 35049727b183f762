stub: upstream file of 24528 bytes
