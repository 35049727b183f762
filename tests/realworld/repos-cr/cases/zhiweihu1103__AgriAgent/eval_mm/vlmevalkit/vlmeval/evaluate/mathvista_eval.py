stub: upstream file of 8431 bytes
