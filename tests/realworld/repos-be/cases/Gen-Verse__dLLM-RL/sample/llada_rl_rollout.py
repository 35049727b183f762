stub: upstream file of 20177 bytes
