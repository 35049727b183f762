stub: upstream file of 49871 bytes
