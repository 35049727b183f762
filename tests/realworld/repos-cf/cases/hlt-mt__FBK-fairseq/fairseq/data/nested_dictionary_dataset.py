stub: upstream file of 4029 bytes
