stub: upstream file of 16834 bytes
