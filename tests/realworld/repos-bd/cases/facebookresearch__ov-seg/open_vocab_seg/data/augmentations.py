stub: upstream file of 6871 bytes
