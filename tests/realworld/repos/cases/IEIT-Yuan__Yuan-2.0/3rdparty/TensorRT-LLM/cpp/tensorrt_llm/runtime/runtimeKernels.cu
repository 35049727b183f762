stub: upstream file of 49446 bytes
