stub: upstream file of 5599 bytes
