stub: upstream file of 24073 bytes
