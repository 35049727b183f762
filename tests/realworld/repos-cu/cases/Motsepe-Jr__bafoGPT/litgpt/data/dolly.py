stub: upstream file of 2929 bytes
