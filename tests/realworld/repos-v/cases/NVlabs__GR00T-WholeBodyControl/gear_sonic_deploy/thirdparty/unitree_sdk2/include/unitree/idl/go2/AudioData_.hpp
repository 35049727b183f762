stub: upstream file of 12187 bytes
