stub: upstream file of 72171 bytes
