stub: upstream file of 1806 bytes
