stub: upstream file of 11752 bytes
