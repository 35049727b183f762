stub: upstream file of 28904 bytes
