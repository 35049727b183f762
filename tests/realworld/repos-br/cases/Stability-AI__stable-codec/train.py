stub: upstream file of 5692 bytes
