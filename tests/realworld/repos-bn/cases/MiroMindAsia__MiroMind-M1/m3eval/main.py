stub: upstream file of 15703 bytes
