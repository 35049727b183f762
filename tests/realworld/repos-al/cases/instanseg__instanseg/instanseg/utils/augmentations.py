stub: upstream file of 36902 bytes
