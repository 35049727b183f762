stub: upstream file of 21896 bytes
