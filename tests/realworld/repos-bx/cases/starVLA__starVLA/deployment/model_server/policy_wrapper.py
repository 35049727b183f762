stub: upstream file of 8748 bytes
