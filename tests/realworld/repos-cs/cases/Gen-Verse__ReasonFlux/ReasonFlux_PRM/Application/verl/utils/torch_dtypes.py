stub: upstream file of 2255 bytes
