stub: upstream file of 14675 bytes
