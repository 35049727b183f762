stub: upstream file of 10829 bytes
