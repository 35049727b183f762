stub: upstream file of 11820 bytes
