stub: upstream file of 16446 bytes
