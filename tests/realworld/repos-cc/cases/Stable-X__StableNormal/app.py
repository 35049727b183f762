stub: upstream file of 14652 bytes
