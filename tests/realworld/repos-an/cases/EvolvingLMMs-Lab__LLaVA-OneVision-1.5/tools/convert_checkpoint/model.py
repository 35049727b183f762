stub: upstream file of 10209 bytes
