stub: upstream file of 12957 bytes
