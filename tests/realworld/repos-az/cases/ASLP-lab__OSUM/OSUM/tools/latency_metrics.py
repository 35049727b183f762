stub: upstream file of 13423 bytes
