stub: upstream file of 32792 bytes
