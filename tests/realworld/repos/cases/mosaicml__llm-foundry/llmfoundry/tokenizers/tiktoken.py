stub: upstream file of 15670 bytes
