stub: upstream file of 10612 bytes
