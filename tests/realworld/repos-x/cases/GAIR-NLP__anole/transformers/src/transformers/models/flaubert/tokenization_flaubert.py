stub: upstream file of 22174 bytes
