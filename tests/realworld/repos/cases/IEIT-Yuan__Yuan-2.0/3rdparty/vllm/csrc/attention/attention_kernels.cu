stub: upstream file of 39241 bytes
