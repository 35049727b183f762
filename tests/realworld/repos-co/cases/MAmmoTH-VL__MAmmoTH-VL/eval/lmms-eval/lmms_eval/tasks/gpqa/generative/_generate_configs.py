stub: upstream file of 718 bytes
