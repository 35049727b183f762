stub: upstream file of 48703 bytes
