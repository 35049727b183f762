stub: upstream file of 41126 bytes
