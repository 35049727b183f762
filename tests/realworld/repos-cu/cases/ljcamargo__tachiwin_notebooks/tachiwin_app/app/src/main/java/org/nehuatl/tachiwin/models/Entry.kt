stub: upstream file of 1236 bytes
