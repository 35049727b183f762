stub: upstream file of 15927 bytes
