stub: upstream file of 1707 bytes
