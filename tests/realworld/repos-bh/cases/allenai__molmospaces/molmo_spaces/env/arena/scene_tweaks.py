stub: upstream file of 9201 bytes
