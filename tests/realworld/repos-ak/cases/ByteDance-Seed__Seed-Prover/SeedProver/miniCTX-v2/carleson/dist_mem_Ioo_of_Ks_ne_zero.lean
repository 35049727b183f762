stub: upstream file of 23216 bytes
