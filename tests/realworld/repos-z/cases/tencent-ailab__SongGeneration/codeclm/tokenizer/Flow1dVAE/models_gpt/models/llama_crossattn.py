stub: upstream file of 99896 bytes
