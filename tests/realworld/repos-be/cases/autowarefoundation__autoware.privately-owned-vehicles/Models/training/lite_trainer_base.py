stub: upstream file of 20065 bytes
