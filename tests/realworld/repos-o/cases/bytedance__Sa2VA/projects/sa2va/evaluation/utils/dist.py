stub: upstream file of 9670 bytes
