stub: upstream file of 5405 bytes
