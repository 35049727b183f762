stub: upstream file of 4709 bytes
