stub: upstream file of 1716 bytes
