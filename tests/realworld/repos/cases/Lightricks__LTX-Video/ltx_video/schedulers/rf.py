stub: upstream file of 15283 bytes
