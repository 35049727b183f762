stub: upstream file of 3812 bytes
