stub: upstream file of 7071 bytes
