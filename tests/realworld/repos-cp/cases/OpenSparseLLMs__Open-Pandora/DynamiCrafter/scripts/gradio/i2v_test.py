stub: upstream file of 4977 bytes
