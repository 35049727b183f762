stub: upstream file of 49512 bytes
