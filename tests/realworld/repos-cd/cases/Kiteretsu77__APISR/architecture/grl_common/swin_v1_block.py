stub: upstream file of 20709 bytes
