stub: upstream file of 64168 bytes
