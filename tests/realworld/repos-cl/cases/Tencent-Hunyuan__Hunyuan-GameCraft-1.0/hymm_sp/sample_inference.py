stub: upstream file of 31545 bytes
