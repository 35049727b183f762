stub: upstream file of 43482 bytes
