stub: upstream file of 2036 bytes
