stub: upstream file of 24689 bytes
