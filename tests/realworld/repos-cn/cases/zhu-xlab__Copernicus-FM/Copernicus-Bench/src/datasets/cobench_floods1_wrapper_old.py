stub: upstream file of 19647 bytes
