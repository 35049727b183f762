stub: upstream file of 24302 bytes
