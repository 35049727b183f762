stub: upstream file of 118430 bytes
