stub: upstream file of 27534 bytes
