stub: upstream file of 19964 bytes
