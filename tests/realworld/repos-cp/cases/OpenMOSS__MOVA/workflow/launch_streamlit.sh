stub: upstream file of 896 bytes
