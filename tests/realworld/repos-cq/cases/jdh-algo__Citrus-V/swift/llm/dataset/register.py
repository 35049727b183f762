stub: upstream file of 6302 bytes
