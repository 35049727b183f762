stub: upstream file of 43904 bytes
