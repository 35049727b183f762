stub: upstream file of 30685 bytes
