stub: upstream file of 15302 bytes
