stub: upstream file of 6752 bytes
