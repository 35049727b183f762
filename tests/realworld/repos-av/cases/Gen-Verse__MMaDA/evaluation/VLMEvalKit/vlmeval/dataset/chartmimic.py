stub: upstream file of 31879 bytes
