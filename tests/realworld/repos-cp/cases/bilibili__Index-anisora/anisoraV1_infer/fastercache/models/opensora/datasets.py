stub: upstream file of 21619 bytes
