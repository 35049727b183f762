stub: upstream file of 30584 bytes
