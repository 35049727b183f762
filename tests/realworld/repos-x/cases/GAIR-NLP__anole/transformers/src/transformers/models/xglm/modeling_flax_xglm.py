stub: upstream file of 33115 bytes
