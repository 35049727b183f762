stub: upstream file of 6201 bytes
