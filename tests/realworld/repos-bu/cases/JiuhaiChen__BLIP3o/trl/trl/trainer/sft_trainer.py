stub: upstream file of 50803 bytes
