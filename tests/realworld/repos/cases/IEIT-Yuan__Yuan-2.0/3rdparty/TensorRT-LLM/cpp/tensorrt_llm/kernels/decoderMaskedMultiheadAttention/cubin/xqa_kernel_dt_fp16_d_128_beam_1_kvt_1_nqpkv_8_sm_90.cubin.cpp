stub: upstream file of 160201 bytes
