stub: upstream file of 109525 bytes
