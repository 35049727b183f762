stub: upstream file of 163752 bytes
