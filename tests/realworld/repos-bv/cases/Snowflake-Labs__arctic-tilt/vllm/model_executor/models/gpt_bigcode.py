stub: upstream file of 13221 bytes
