stub: upstream file of 109071 bytes
