stub: upstream file of 51177 bytes
