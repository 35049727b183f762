stub: upstream file of 16431 bytes
