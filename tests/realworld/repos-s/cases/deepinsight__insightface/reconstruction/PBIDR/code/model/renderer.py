stub: upstream file of 17023 bytes
