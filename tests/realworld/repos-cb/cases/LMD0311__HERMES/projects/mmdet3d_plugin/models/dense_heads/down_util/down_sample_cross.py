stub: upstream file of 12518 bytes
