stub: upstream file of 2879 bytes
