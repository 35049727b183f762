stub: upstream file of 20957 bytes
