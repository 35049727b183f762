stub: upstream file of 48655 bytes
