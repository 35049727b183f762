stub: upstream file of 18415 bytes
