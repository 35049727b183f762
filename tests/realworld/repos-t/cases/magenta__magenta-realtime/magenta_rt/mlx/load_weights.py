stub: upstream file of 20193 bytes
