stub: upstream file of 33330 bytes
