stub: upstream file of 25752 bytes
