stub: upstream file of 10475 bytes
