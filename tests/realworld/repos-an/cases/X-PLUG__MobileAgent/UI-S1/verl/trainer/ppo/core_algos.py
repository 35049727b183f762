stub: upstream file of 31752 bytes
