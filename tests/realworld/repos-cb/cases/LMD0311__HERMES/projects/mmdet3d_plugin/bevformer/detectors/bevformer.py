stub: upstream file of 14561 bytes
