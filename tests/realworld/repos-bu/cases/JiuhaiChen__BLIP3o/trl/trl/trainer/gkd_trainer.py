stub: upstream file of 15260 bytes
