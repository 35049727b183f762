stub: upstream file of 20748 bytes
