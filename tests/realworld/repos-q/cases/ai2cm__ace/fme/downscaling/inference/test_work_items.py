stub: upstream file of 14404 bytes
