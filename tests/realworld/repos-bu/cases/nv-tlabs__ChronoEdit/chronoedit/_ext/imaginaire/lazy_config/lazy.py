stub: upstream file of 17762 bytes
