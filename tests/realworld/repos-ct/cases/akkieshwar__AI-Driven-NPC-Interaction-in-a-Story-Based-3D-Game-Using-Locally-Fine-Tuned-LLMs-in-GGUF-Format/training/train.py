stub: upstream file of 2752 bytes
