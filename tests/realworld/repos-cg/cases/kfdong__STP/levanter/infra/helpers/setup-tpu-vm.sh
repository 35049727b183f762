stub: upstream file of 4703 bytes
