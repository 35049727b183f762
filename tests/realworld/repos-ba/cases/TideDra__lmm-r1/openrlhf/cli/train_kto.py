stub: upstream file of 10871 bytes
