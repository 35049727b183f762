stub: upstream file of 20864 bytes
