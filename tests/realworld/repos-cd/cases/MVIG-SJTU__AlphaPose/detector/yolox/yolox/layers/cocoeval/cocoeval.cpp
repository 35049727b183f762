stub: upstream file of 20824 bytes
