stub: upstream file of 56074 bytes
