stub: upstream file of 38205 bytes
