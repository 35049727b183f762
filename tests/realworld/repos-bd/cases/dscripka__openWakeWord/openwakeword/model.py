stub: upstream file of 26577 bytes
