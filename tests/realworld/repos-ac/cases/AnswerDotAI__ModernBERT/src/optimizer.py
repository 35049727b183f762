stub: upstream file of 12752 bytes
