stub: upstream file of 10956 bytes
