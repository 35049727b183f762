stub: upstream file of 24391 bytes
