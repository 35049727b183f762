stub: upstream file of 5752 bytes
