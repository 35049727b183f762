stub: upstream file of 69494 bytes
