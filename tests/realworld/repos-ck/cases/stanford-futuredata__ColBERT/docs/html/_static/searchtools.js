stub: upstream file of 16582 bytes
