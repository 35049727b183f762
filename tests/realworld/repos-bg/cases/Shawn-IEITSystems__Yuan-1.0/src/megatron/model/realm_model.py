stub: upstream file of 8752 bytes
