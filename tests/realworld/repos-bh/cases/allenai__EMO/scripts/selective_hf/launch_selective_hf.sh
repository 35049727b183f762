stub: upstream file of 16539 bytes
