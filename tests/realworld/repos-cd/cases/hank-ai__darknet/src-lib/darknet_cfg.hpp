stub: upstream file of 10158 bytes
