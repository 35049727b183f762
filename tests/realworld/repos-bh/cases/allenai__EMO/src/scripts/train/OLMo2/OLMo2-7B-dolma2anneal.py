stub: upstream file of 4737 bytes
