stub: upstream file of 51685 bytes
