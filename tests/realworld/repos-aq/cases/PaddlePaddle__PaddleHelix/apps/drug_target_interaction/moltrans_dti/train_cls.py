stub: upstream file of 9431 bytes
