stub: upstream file of 709 bytes
