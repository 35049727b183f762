stub: upstream file of 10275 bytes
