stub: upstream file of 6138 bytes
