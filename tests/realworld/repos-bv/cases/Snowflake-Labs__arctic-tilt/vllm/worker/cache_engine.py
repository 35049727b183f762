stub: upstream file of 5333 bytes
