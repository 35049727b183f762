stub: upstream file of 23920 bytes
