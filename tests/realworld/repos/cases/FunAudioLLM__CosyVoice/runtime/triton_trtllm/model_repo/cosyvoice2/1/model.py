stub: upstream file of 21008 bytes
