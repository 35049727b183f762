stub: upstream file of 1909 bytes
