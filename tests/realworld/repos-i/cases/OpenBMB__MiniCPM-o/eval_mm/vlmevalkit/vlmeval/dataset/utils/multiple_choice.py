stub: upstream file of 21669 bytes
