stub: upstream file of 17504 bytes
