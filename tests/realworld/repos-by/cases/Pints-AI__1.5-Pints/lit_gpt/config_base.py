stub: upstream file of 24668 bytes
