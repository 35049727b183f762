stub: upstream file of 4896 bytes
