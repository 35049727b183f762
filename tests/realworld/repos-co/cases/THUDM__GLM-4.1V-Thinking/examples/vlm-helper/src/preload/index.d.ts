stub: upstream file of 6177 bytes
