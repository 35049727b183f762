stub: upstream file of 32284 bytes
