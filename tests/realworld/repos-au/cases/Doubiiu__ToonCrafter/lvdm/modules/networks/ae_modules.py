stub: upstream file of 34663 bytes
