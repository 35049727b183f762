stub: upstream file of 19404 bytes
