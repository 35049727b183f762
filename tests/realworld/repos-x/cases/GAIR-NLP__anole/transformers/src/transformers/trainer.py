stub: upstream file of 226432 bytes
