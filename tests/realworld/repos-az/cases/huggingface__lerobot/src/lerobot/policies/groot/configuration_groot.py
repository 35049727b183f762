stub: upstream file of 23008 bytes
