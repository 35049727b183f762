stub: upstream file of 45122 bytes
