stub: upstream file of 27200 bytes
