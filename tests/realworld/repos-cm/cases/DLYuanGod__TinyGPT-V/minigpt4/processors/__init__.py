stub: upstream file of 823 bytes
