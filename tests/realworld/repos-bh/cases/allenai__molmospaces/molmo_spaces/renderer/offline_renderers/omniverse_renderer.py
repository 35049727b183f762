stub: upstream file of 10350 bytes
