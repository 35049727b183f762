stub: upstream file of 3904 bytes
