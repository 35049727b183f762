stub: upstream file of 3670 bytes
