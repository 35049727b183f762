stub: upstream file of 9402 bytes
