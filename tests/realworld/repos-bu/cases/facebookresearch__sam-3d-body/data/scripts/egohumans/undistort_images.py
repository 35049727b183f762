stub: upstream file of 6927 bytes
