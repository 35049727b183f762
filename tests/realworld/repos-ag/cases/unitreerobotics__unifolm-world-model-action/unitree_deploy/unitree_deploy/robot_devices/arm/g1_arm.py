stub: upstream file of 15644 bytes
