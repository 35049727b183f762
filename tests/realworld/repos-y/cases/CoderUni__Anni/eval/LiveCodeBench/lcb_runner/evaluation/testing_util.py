stub: upstream file of 18276 bytes
