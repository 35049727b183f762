stub: upstream file of 72296 bytes
