stub: upstream file of 40883 bytes
