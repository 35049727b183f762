stub: upstream file of 11364 bytes
