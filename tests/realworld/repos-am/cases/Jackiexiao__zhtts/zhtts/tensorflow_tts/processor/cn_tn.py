stub: upstream file of 28812 bytes
