stub: upstream file of 20027 bytes
