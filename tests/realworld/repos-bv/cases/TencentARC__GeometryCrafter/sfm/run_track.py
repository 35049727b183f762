stub: upstream file of 7982 bytes
