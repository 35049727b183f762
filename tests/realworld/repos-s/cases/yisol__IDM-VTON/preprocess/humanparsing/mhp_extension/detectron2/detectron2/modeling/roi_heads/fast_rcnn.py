stub: upstream file of 21759 bytes
