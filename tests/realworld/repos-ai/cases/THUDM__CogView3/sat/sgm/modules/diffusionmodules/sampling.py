stub: upstream file of 19670 bytes
