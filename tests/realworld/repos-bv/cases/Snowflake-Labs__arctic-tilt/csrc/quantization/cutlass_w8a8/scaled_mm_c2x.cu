stub: upstream file of 8585 bytes
