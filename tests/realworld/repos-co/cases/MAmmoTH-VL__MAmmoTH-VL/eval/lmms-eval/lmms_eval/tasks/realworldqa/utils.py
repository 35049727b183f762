stub: upstream file of 4752 bytes
