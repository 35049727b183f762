stub: upstream file of 40359 bytes
