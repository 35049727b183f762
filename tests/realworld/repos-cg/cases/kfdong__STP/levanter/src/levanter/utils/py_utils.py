stub: upstream file of 5685 bytes
