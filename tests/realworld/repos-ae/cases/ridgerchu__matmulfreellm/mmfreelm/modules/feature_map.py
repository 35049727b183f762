stub: upstream file of 7680 bytes
