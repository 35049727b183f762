stub: upstream file of 39535 bytes
