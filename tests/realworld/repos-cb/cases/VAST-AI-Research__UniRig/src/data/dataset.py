stub: upstream file of 10906 bytes
