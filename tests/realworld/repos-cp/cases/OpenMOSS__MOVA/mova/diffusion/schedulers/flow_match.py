stub: upstream file of 5221 bytes
