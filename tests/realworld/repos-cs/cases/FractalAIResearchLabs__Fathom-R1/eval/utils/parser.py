stub: upstream file of 15023 bytes
