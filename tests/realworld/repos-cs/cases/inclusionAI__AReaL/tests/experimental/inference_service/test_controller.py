stub: upstream file of 33871 bytes
