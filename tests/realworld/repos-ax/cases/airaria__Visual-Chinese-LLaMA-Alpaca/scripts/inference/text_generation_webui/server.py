stub: upstream file of 72637 bytes
