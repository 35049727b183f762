stub: upstream file of 25021 bytes
