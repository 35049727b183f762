stub: upstream file of 7337 bytes
