stub: upstream file of 24080 bytes
