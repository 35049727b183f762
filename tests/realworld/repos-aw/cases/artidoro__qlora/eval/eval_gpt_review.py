stub: upstream file of 7944 bytes
