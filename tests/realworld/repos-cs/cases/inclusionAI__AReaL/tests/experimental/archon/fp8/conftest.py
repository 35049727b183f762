stub: upstream file of 871 bytes
