stub: upstream file of 28377 bytes
