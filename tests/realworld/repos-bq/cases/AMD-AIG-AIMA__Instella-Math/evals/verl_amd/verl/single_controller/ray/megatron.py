stub: upstream file of 3036 bytes
