stub: upstream file of 14312 bytes
