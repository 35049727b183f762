stub: upstream file of 3927 bytes
