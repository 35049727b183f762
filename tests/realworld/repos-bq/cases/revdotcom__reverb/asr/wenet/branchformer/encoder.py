stub: upstream file of 14430 bytes
