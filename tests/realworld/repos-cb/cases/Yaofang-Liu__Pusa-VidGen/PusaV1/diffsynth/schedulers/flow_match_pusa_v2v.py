stub: upstream file of 8264 bytes
