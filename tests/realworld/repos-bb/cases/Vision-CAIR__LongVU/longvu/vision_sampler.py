stub: upstream file of 19562 bytes
