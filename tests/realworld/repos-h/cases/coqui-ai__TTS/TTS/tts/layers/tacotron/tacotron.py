stub: upstream file of 18785 bytes
