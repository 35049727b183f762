stub: upstream file of 19752 bytes
