stub: upstream file of 28577 bytes
