stub: upstream file of 17755 bytes
