stub: upstream file of 58143 bytes
