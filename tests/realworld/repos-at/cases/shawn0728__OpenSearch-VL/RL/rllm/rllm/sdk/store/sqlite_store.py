stub: upstream file of 22173 bytes
