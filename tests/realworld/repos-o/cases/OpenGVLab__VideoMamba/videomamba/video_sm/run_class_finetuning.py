stub: upstream file of 35786 bytes
