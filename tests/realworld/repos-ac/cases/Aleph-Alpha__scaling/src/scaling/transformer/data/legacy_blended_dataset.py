stub: upstream file of 17131 bytes
