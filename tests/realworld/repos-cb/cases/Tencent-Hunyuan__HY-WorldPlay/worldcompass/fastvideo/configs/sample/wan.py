stub: upstream file of 5896 bytes
