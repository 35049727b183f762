stub: upstream file of 11472 bytes
