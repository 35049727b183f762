stub: upstream file of 5393 bytes
