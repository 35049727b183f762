stub: upstream file of 63762 bytes
