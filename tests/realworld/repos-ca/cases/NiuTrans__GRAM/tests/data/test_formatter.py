stub: upstream file of 10843 bytes
