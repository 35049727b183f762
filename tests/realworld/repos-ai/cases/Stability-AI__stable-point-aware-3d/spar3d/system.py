stub: upstream file of 34294 bytes
