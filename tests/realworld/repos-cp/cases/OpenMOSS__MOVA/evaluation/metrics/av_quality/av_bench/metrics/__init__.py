stub: upstream file of 177 bytes
