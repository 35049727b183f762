stub: upstream file of 29927 bytes
