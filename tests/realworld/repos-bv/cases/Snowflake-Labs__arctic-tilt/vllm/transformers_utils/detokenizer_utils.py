stub: upstream file of 7265 bytes
