stub: upstream file of 14861 bytes
