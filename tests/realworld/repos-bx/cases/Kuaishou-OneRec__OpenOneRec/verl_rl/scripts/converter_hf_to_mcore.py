stub: upstream file of 26902 bytes
