stub: upstream file of 45688 bytes
