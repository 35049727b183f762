stub: upstream file of 3903 bytes
