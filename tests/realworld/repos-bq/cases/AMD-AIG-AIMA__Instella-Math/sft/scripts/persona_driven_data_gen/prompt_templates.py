stub: upstream file of 18976 bytes
