stub: upstream file of 28609 bytes
