stub: upstream file of 39692 bytes
