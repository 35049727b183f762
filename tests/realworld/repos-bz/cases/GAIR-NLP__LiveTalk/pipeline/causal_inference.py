stub: upstream file of 14963 bytes
