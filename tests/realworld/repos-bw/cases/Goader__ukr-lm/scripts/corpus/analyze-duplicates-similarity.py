stub: upstream file of 13747 bytes
