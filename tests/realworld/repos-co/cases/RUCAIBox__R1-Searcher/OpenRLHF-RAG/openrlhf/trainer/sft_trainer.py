stub: upstream file of 12691 bytes
