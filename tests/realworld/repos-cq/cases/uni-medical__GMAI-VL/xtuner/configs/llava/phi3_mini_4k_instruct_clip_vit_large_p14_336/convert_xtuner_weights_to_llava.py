stub: upstream file of 3688 bytes
