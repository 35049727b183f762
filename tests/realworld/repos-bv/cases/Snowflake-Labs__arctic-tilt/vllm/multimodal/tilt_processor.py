stub: upstream file of 19162 bytes
