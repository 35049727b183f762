stub: upstream file of 14284 bytes
