stub: upstream file of 29897 bytes
