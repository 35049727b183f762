stub: upstream file of 102500 bytes
