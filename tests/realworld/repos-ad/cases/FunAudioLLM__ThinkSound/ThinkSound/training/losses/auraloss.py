stub: upstream file of 26993 bytes
