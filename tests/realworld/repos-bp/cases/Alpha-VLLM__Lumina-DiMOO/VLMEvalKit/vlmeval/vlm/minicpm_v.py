stub: upstream file of 30837 bytes
