stub: upstream file of 16299 bytes
