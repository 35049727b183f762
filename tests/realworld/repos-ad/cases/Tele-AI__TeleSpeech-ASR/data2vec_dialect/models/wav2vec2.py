stub: upstream file of 51469 bytes
