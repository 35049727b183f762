stub: upstream file of 23752 bytes
