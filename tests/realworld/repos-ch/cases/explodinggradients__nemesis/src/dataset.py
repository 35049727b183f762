stub: upstream file of 4753 bytes
