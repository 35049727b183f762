stub: upstream file of 22904 bytes
