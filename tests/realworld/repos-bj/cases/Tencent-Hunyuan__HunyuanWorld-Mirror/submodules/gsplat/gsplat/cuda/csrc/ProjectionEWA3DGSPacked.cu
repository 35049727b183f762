stub: upstream file of 28151 bytes
