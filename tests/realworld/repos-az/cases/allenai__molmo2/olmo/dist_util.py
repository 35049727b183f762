stub: upstream file of 19859 bytes
