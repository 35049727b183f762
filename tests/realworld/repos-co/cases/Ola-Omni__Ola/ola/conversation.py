stub: upstream file of 8550 bytes
