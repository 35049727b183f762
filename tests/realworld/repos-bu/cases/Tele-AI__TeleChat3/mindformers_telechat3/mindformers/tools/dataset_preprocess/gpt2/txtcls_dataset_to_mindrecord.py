stub: upstream file of 5716 bytes
