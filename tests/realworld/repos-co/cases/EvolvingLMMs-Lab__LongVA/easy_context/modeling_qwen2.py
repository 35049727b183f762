stub: upstream file of 63633 bytes
