stub: upstream file of 17724 bytes
