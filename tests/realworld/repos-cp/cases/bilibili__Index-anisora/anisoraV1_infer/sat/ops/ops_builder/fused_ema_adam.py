stub: upstream file of 957 bytes
