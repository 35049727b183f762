stub: upstream file of 38838 bytes
