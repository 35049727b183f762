stub: upstream file of 1789 bytes
