stub: upstream file of 15388 bytes
