stub: upstream file of 36718 bytes
