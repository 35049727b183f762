stub: upstream file of 8994 bytes
