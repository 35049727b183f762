stub: upstream file of 16584 bytes
