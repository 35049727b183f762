stub: upstream file of 47335 bytes
