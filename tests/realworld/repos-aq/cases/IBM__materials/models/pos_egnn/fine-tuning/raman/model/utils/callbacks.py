stub: upstream file of 12709 bytes
