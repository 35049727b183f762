stub: upstream file of 52917 bytes
