stub: upstream file of 29644 bytes
