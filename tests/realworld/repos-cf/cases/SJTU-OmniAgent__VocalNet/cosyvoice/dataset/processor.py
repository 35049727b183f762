stub: upstream file of 15416 bytes
