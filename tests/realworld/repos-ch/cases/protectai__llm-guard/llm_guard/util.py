stub: upstream file of 7376 bytes
