stub: upstream file of 6943 bytes
