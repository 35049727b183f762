stub: upstream file of 113826 bytes
