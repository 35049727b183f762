stub: upstream file of 7051 bytes
