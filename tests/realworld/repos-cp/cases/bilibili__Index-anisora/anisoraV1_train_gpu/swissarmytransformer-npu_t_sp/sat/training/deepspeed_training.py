stub: upstream file of 36291 bytes
