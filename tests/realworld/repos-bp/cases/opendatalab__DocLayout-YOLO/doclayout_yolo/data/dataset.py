stub: upstream file of 18507 bytes
