stub: upstream file of 71606 bytes
