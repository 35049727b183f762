stub: upstream file of 7718 bytes
