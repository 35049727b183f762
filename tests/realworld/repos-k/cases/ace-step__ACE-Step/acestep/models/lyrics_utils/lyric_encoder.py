stub: upstream file of 41183 bytes
