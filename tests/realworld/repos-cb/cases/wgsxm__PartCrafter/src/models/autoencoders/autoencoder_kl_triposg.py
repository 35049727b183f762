stub: upstream file of 19088 bytes
