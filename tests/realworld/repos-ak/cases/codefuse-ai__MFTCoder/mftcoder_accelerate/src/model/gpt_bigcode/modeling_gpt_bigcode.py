stub: upstream file of 49845 bytes
