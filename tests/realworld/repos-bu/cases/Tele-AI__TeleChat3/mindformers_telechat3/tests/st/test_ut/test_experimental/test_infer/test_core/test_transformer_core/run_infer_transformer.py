stub: upstream file of 5216 bytes
