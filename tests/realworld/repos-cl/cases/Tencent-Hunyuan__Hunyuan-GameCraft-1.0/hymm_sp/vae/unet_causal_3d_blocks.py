stub: upstream file of 35156 bytes
