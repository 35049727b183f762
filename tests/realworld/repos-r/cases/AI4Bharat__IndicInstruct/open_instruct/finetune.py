stub: upstream file of 46828 bytes
