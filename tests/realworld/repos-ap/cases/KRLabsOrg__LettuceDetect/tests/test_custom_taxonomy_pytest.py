stub: upstream file of 8912 bytes
