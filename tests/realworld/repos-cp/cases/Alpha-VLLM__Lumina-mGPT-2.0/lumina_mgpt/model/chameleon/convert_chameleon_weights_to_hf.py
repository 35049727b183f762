stub: upstream file of 19944 bytes
