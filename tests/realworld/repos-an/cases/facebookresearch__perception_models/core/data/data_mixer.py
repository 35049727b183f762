stub: upstream file of 16349 bytes
