stub: upstream file of 7952 bytes
