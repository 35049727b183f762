stub: upstream file of 26383 bytes
