stub: upstream file of 9753 bytes
