stub: upstream file of 28037 bytes
