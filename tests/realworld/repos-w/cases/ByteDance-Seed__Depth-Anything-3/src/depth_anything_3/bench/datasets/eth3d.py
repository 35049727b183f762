stub: upstream file of 20797 bytes
