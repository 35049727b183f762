stub: upstream file of 23153 bytes
