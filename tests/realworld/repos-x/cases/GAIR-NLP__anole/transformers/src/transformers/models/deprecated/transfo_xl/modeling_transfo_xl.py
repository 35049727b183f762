stub: upstream file of 55892 bytes
