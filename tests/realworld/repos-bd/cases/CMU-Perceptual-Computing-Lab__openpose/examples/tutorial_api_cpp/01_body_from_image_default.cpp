stub: upstream file of 5222 bytes
