stub: upstream file of 16000 bytes
