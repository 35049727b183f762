stub: upstream file of 19838 bytes
