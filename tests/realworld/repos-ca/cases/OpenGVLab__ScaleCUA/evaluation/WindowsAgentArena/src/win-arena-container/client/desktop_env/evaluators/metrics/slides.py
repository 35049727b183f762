stub: upstream file of 24177 bytes
