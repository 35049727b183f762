stub: upstream file of 310248 bytes
