stub: upstream file of 10790 bytes
