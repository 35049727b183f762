stub: upstream file of 18207 bytes
