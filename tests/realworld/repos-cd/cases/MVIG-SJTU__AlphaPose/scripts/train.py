stub: upstream file of 13752 bytes
