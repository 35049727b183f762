stub: upstream file of 10567 bytes
