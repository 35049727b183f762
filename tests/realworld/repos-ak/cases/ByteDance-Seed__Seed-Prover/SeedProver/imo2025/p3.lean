stub: upstream file of 81688 bytes
