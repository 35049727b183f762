stub: upstream file of 13675 bytes
