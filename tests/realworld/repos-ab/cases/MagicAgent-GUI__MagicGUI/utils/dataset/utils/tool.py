stub: upstream file of 18525 bytes
