stub: upstream file of 12504 bytes
