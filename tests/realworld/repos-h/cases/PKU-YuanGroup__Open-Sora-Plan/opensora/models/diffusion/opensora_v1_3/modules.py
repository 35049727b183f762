stub: upstream file of 18752 bytes
