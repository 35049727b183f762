stub: upstream file of 850926 bytes
