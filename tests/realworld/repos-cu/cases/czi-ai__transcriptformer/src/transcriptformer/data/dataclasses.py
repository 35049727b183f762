stub: upstream file of 7074 bytes
