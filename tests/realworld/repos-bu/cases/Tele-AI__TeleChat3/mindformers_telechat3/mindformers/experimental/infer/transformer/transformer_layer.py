stub: upstream file of 9939 bytes
