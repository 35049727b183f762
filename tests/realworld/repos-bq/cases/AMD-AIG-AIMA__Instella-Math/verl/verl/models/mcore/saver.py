stub: upstream file of 19837 bytes
