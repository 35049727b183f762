stub: upstream file of 21554 bytes
