stub: upstream file of 8875 bytes
