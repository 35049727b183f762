stub: upstream file of 84827 bytes
