stub: upstream file of 556 bytes
