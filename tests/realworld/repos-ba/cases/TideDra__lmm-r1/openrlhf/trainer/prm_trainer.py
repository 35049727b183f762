stub: upstream file of 9535 bytes
