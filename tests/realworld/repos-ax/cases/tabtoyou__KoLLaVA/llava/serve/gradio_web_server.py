stub: upstream file of 18274 bytes
