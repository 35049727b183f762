stub: upstream file of 11844 bytes
