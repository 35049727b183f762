stub: upstream file of 17954 bytes
