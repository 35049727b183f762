stub: upstream file of 7178 bytes
