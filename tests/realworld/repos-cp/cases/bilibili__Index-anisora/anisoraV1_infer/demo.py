stub: upstream file of 2595 bytes
