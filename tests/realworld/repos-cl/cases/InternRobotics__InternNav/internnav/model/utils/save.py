stub: upstream file of 4964 bytes
