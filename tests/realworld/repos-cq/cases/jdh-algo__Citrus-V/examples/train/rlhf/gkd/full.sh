stub: upstream file of 952 bytes
