stub: upstream file of 17765 bytes
