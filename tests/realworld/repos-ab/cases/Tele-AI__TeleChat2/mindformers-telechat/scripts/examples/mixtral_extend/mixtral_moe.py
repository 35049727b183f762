stub: upstream file of 46391 bytes
