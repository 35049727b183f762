stub: upstream file of 15504 bytes
