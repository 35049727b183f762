stub: upstream file of 32445 bytes
