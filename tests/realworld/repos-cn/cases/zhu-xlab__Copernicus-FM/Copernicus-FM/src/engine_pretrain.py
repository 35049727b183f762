stub: upstream file of 11143 bytes
