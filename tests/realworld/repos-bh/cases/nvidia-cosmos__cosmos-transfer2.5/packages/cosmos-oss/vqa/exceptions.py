stub: upstream file of 2925 bytes
