stub: upstream file of 15053 bytes
