stub: upstream file of 82178 bytes
