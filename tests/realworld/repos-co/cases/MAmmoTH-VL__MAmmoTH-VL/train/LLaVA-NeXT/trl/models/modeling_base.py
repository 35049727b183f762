stub: upstream file of 28202 bytes
