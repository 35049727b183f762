stub: upstream file of 6753 bytes
