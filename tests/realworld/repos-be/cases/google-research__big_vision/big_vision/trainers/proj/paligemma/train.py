stub: upstream file of 22672 bytes
