stub: upstream file of 39950 bytes
