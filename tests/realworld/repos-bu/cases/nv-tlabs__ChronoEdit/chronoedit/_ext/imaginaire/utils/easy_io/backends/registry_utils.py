stub: upstream file of 4861 bytes
