stub: upstream file of 5187 bytes
