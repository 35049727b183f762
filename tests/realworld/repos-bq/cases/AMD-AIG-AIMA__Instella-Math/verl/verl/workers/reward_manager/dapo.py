stub: upstream file of 5504 bytes
