stub: upstream file of 22752 bytes
