stub: upstream file of 21452 bytes
