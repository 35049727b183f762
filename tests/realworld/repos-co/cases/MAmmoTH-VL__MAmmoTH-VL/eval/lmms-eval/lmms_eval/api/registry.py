stub: upstream file of 4596 bytes
