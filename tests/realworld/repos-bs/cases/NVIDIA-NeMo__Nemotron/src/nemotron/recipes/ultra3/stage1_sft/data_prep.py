stub: upstream file of 18755 bytes
