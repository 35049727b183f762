stub: upstream file of 17230 bytes
