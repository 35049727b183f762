stub: upstream file of 11220 bytes
