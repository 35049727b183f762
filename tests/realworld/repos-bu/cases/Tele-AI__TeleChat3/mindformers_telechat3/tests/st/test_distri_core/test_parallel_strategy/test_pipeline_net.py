stub: upstream file of 8777 bytes
