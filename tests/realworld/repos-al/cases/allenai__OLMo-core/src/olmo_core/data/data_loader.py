stub: upstream file of 46639 bytes
