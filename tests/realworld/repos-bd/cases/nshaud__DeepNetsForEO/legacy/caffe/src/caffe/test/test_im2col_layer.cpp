stub: upstream file of 6273 bytes
