stub: upstream file of 25384 bytes
