stub: upstream file of 20397 bytes
