stub: upstream file of 10752 bytes
