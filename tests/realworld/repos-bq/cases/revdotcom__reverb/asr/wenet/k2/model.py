stub: upstream file of 12177 bytes
