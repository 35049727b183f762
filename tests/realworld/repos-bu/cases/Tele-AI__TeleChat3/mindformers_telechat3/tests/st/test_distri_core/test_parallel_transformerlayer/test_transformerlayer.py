stub: upstream file of 5205 bytes
