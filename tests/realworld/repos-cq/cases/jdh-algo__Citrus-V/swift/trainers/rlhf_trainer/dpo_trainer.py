stub: upstream file of 6375 bytes
