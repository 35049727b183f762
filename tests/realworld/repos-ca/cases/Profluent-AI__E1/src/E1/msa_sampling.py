stub: upstream file of 11561 bytes
