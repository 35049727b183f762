stub: upstream file of 12527 bytes
