stub: upstream file of 9216 bytes
