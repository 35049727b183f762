stub: upstream file of 54287 bytes
