stub: upstream file of 4638 bytes
