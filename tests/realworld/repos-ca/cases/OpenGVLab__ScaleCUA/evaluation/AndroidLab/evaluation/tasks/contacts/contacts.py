stub: upstream file of 12963 bytes
