stub: upstream file of 10938 bytes
