stub: upstream file of 37837 bytes
