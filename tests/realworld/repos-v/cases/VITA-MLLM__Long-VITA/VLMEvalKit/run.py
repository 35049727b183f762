stub: upstream file of 21327 bytes
