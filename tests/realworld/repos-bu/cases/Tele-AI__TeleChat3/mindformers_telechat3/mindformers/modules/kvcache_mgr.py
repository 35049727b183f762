stub: upstream file of 13131 bytes
