stub: upstream file of 13753 bytes
