stub: upstream file of 12964 bytes
