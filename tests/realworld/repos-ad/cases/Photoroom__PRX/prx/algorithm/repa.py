stub: upstream file of 28895 bytes
