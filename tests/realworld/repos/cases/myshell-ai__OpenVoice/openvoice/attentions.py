stub: upstream file of 16360 bytes
