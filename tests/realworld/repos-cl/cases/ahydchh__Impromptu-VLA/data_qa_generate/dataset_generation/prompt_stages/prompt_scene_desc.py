stub: upstream file of 8778 bytes
