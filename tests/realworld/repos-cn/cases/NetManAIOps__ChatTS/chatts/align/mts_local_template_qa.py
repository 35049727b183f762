stub: upstream file of 12706 bytes
