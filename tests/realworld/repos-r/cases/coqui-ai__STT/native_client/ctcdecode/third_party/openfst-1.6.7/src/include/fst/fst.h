stub: upstream file of 29888 bytes
