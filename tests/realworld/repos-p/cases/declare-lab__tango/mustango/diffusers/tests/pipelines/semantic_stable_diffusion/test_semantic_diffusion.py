stub: upstream file of 18600 bytes
