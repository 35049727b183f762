stub: upstream file of 108861 bytes
