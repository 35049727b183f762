stub: upstream file of 37680 bytes
