stub: upstream file of 58755 bytes
