stub: upstream file of 680 bytes
