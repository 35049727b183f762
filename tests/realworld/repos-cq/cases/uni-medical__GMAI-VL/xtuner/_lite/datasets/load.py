stub: upstream file of 24023 bytes
