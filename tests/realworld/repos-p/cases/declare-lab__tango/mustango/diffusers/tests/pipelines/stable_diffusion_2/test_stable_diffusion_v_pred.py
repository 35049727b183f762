stub: upstream file of 18571 bytes
