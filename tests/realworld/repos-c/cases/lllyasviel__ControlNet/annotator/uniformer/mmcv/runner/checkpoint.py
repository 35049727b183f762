stub: upstream file of 25136 bytes
