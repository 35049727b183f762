stub: upstream file of 6595 bytes
