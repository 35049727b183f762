stub: upstream file of 15752 bytes
