stub: upstream file of 2883 bytes
