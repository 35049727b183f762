stub: upstream file of 29976 bytes
