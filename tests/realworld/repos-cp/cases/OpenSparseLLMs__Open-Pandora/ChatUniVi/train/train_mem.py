stub: upstream file of 506 bytes
