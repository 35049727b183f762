stub: upstream file of 59395 bytes
