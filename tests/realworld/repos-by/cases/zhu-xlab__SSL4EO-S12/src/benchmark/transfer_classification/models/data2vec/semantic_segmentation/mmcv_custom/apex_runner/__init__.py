stub: upstream file of 206 bytes
