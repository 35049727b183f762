stub: upstream file of 9237 bytes
