stub: upstream file of 7463 bytes
