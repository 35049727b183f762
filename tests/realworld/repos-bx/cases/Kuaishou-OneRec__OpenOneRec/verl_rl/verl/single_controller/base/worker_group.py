stub: upstream file of 9752 bytes
