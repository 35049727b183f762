stub: upstream file of 26357 bytes
