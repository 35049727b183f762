stub: upstream file of 30828 bytes
