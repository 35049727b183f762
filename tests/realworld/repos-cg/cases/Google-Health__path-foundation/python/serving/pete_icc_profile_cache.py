stub: upstream file of 18682 bytes
