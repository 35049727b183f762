stub: upstream file of 16178 bytes
