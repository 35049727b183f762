stub: upstream file of 2196 bytes
