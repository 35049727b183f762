stub: upstream file of 16752 bytes
