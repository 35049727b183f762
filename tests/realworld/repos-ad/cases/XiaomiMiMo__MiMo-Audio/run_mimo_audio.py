stub: upstream file of 33748 bytes
