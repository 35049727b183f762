stub: upstream file of 36798 bytes
