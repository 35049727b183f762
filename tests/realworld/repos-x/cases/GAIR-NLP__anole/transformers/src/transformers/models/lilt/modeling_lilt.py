stub: upstream file of 52704 bytes
