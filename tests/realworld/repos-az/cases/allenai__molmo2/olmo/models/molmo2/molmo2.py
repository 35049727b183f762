stub: upstream file of 44008 bytes
