stub: upstream file of 35029 bytes
