stub: upstream file of 1752 bytes
