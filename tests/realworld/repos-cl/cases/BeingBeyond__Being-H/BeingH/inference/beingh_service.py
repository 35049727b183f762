stub: upstream file of 3953 bytes
