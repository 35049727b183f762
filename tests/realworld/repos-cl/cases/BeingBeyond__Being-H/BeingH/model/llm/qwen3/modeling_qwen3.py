stub: upstream file of 39333 bytes
