stub: upstream file of 90973 bytes
