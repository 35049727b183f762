stub: upstream file of 26171 bytes
