stub: upstream file of 8255 bytes
