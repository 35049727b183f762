stub: upstream file of 24403 bytes
