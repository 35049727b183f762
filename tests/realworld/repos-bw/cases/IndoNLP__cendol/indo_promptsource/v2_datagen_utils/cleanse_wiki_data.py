stub: upstream file of 10902 bytes
