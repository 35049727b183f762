stub: upstream file of 7653 bytes
