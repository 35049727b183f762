stub: upstream file of 22320 bytes
