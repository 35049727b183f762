stub: upstream file of 90318 bytes
