stub: upstream file of 16624 bytes
