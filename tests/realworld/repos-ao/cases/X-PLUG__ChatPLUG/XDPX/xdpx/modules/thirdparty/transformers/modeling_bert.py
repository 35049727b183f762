stub: upstream file of 72195 bytes
