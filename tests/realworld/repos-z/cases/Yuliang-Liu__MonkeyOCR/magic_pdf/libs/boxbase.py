stub: upstream file of 12828 bytes
