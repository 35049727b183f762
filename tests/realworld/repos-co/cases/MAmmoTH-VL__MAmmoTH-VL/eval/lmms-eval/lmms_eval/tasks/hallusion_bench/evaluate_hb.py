stub: upstream file of 4856 bytes
