stub: upstream file of 2963 bytes
