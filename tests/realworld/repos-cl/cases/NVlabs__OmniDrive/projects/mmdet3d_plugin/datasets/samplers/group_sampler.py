stub: upstream file of 12372 bytes
