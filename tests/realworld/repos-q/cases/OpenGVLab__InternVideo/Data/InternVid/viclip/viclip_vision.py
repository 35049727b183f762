stub: upstream file of 13648 bytes
