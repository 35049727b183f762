stub: upstream file of 17029 bytes
