stub: upstream file of 19423 bytes
