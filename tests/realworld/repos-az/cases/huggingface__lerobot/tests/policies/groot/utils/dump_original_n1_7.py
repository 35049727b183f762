stub: upstream file of 8753 bytes
