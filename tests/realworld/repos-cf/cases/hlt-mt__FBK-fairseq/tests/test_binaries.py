stub: upstream file of 69962 bytes
