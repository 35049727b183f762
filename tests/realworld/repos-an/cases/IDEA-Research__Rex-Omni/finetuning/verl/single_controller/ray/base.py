stub: upstream file of 20008 bytes
