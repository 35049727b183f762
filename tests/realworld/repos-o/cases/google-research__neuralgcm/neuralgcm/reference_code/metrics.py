stub: upstream file of 23197 bytes
