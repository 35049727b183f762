stub: upstream file of 7634 bytes
