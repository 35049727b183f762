stub: upstream file of 15446 bytes
