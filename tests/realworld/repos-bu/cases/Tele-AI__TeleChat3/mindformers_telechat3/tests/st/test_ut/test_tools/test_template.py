stub: upstream file of 31416 bytes
