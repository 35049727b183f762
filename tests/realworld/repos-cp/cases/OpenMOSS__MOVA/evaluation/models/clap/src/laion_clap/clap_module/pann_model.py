stub: upstream file of 21221 bytes
