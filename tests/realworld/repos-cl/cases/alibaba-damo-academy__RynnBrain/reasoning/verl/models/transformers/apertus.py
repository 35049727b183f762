stub: upstream file of 4748 bytes
