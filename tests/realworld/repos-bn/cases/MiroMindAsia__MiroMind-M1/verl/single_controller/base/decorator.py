stub: upstream file of 15904 bytes
