stub: upstream file of 4672 bytes
