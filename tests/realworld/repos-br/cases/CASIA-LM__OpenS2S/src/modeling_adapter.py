stub: upstream file of 3707 bytes
