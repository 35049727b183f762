stub: upstream file of 44202 bytes
