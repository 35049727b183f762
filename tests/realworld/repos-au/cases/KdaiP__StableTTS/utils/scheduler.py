stub: upstream file of 17257 bytes
