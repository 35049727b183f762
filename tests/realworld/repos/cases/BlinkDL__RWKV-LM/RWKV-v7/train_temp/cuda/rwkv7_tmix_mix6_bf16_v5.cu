stub: upstream file of 14213 bytes
