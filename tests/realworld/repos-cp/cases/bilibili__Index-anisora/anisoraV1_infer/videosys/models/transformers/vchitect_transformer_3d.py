stub: upstream file of 27794 bytes
