stub: upstream file of 875 bytes
