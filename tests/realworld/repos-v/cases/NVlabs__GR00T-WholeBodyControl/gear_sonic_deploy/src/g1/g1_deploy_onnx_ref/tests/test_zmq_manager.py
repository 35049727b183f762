stub: upstream file of 26752 bytes
