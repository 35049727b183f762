stub: upstream file of 12732 bytes
