stub: upstream file of 7223 bytes
