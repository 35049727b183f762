stub: upstream file of 3762 bytes
