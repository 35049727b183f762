stub: upstream file of 53632 bytes
