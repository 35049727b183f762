stub: upstream file of 9562 bytes
