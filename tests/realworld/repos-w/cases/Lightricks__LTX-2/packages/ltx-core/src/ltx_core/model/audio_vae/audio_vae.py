stub: upstream file of 20084 bytes
