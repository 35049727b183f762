stub: upstream file of 19458 bytes
