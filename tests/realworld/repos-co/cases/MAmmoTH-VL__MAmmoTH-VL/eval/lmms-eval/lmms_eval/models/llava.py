stub: upstream file of 21466 bytes
